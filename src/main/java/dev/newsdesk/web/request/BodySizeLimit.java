package dev.newsdesk.web.request;

import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemWriter;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies announced larger than quarkus.http.limits.max-body-size with a 413 problem. Vert.x refuses them
 * too, but with an empty body; this route runs just before its check (order -2) to answer like every other error.
 * Bodies without a Content-Length that grow too large are stopped while being read and reach the JAX-RS mappers.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Optional<MemorySize> maxBodySize;
    private final ProblemWriter problems;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
                         ProblemWriter problems) {
        this.maxBodySize = maxBodySize;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(max -> router.route().order(-3).handler(context -> check(context, max.asLongValue())));
    }

    private void check(RoutingContext context, long max) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isLarger(length, max)) {
            context.next();
            return;
        }
        // The body will not be read: close the connection rather than leave its bytes on it.
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(context, ProblemCode.PAYLOAD_TOO_LARGE, "The request body is too large: at most " + max + " bytes",
                context.request().path());
    }

    private static boolean isLarger(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
