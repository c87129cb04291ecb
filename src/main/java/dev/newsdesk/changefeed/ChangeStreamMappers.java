package dev.newsdesk.changefeed;

import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A stream refused because this instance has as many open as it may: 503 with Retry-After. */
public class ChangeStreamMappers {

    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response exhausted(ChangeStreams.Exhausted e, UriInfo uri) {
        Response problem = ProblemResponses.of(ProblemCode.SERVICE_UNAVAILABLE, "This instance serves as many "
                + "change streams as it may; retry after the Retry-After delay, or poll GET /api/v1/changes",
                uri.getPath(), List.of());
        return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
