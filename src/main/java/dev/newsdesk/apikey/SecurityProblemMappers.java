package dev.newsdesk.apikey;


import dev.newsdesk.database.DatabaseOutage;
import dev.newsdesk.security.InvalidPreviewTokenException;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. Authentication is lazy (quarkus.http.auth.proactive=false), so a missing, unknown or
 * revoked key surfaces here as an exception instead of as an empty challenge response.
 */
public class SecurityProblemMappers {

    private final DatabaseOutage outage;

    public SecurityProblemMappers(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("Send an API key as Authorization: Bearer <key>", uri);
    }

    /** A key that could not be looked up because the database is down is neither good nor bad: 503, not 401. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return outage.answer(e, path(uri)).orElseGet(() -> unauthorized("The API key is unknown or revoked", uri));
    }

    @ServerExceptionMapper
    public Response invalidPreviewToken(InvalidPreviewTokenException e, UriInfo uri) {
        return unauthorized(e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemCode.FORBIDDEN, "This API key's role may not do this", path(uri), List.of());
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        Response problem = ProblemResponses.of(ProblemCode.UNAUTHORIZED, detail, path(uri), List.of());
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, ApiKeyAuthenticationMechanism.CHALLENGE).build();
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}
