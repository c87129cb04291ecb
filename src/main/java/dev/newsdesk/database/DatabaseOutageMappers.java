package dev.newsdesk.database;

import dev.newsdesk.web.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures no other mapper claims get here before the 500 of {@link ProblemMappers#unexpected}: when the database
 * is the cause, however deeply it is wrapped, the answer is a 503 with Retry-After, not a bug report.
 */
public class DatabaseOutageMappers {

    private final DatabaseOutage outage;
    private final ProblemMappers problems = new ProblemMappers();

    public DatabaseOutageMappers(DatabaseOutage outage) {
        this.outage = outage;
    }

    /** Priority 9,000: before the catch-all (10,000) for the same Throwable. */
    @ServerExceptionMapper(priority = 9_000)
    public Response unavailable(Throwable e, UriInfo uri) {
        return outage.answer(e, ProblemMappers.path(uri)).orElseGet(() -> problems.unexpected(e, uri));
    }
}
