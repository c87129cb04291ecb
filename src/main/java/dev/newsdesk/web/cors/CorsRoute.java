package dev.newsdesk.web.cors;

import dev.newsdesk.config.CorsConfig;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemWriter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * CORS for the API, with one rule for the delivery API and a stricter one for the editorial API (its own list of
 * explicit origins, none by default). Preflights are answered here (204, or 403 for an origin not on the list);
 * every other answer to an allowed origin gets Access-Control-Allow-Origin and the headers it may read, whoever
 * writes it (a resource, the cache-hit route, a problem, a 429). Never Access-Control-Allow-Credentials.
 */
@ApplicationScoped
public class CorsRoute {

    /** After web/edge (-200), before the rate limits (-100): a preflight spends no quota. */
    public static final int ORDER = -150;
    private static final String EDITORIAL = "/api/v1/editorial";
    private static final List<String> READABLE = List.of("ETag", "Link", "Age", "Retry-After", "RateLimit",
            "RateLimit-Policy", "Content-Location", "Newsdesk-Requested-Language");

    private final CorsPolicy delivery;
    private final CorsPolicy editorial;
    private final ProblemWriter problems;

    public CorsRoute(CorsConfig config, ProblemWriter problems) {
        this.problems = problems;
        this.delivery = CorsPolicy.of(config.delivery().origins().orElse(List.of()), List.of("GET", "HEAD"),
                List.of("Accept", "If-None-Match", "If-Modified-Since"), READABLE, config.delivery().maxAge());
        List<String> editorialOrigins = config.editorial().origins().orElse(List.of());
        if (editorialOrigins.stream().anyMatch(origin -> origin.strip().equals(CorsPolicy.ANY))) {
            throw new IllegalStateException("newsdesk.cors.editorial.origins must list explicit origins: * would let "
                    + "any web page drive the editorial API with a key it got hold of");
        }
        this.editorial = CorsPolicy.of(editorialOrigins, List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"),
                List.of("Accept", "Authorization", "Content-Type", "If-Match", "If-None-Match"),
                concat(READABLE, List.of("Location", "WWW-Authenticate")), config.editorial().maxAge());
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        CorsPolicy policy = path.startsWith(EDITORIAL) ? editorial : path.startsWith("/api/") ? delivery : null;
        if (policy == null) {
            context.next();
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origin != null && policy.allows(origin);
        context.addHeadersEndHandler(ignored -> decorate(context, policy, origin, allowed));
        if (origin != null && request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            preflight(context, policy, origin, allowed);
        } else {
            context.next();
        }
    }

    private void preflight(RoutingContext context, CorsPolicy policy, String origin, boolean allowed) {
        if (!allowed) {
            problems.send(context, ProblemCode.ORIGIN_NOT_ALLOWED,
                    "The origin " + origin + " may not call this API from a browser", context.request().path());
            return;
        }
        context.response().setStatusCode(204)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, policy.methods())
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, policy.requestHeaders())
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Long.toString(policy.maxAge().toSeconds()))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    /** Just before the headers go out: the CORS answer headers, and Vary: Origin when the answer depends on it. */
    private static void decorate(RoutingContext context, CorsPolicy policy, String origin, boolean allowed) {
        MultiMap headers = context.response().headers();
        if (allowed) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, policy.allowOrigin(origin));
            if (context.request().method() != HttpMethod.OPTIONS) {
                headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, policy.exposedHeaders());
            }
        }
        if (!policy.anyOrigin()) {
            // Caches must not hand one origin's answer (with or without Allow-Origin) to another origin.
            String vary = String.join(", ", headers.getAll(HttpHeaders.VARY));
            headers.set(HttpHeaders.VARY, vary.isEmpty() ? "Origin" : vary + ", Origin");
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
