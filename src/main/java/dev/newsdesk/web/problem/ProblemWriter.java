package dev.newsdesk.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a problem straight onto a Vert.x response, for the routes that answer before Quarkus REST (and its
 * exception mappers) is reached: refused paths and headers, body sizes, CORS preflights, rate limits. The body is
 * the same {@link Problem} the mappers send.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the response with this problem; {@code instance} may be null (a path too long to repeat). */
    public void send(RoutingContext context, ProblemCode code, String detail, String instance) {
        Problem problem = new Problem(code.type(), code.title(), code.status(), detail, instance, code.name(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be serialized", e);
        }
        HttpServerResponse response = context.response();
        response.setStatusCode(code.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
