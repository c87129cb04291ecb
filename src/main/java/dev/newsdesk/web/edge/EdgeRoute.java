package dev.newsdesk.web.edge;

import dev.newsdesk.config.HttpEdgeConfig;
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
import java.util.Map;

/**
 * The first route of every request, before CORS, rate limits, the cache-hit route and Quarkus REST. It refuses
 * what no resource should see (a request target or header section over the limits, dot segments that Vert.x would
 * resolve into another path, an Accept header that refuses JSON) with problem+json, and marks every answer
 * nosniff, whoever writes it. (The HTTP metrics tag answers no resource matched as NOT_FOUND or UNKNOWN, never with
 * the raw path: quarkus.micrometer.binder.http-server.suppress4xx-errors.)
 */
@ApplicationScoped
public class EdgeRoute {

    /** Before {@code web/cors} (-150), {@code ratelimit} (-100), the body-size check (-3) and the cache-hit route (-1). */
    public static final int ORDER = -200;
    private static final String FEEDS = "/api/v1/feeds/";
    private static final String SITEMAPS = "/api/v1/sitemaps/";
    private static final CharSequence NOSNIFF_HEADER = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");

    private final HttpEdgeConfig config;
    private final ProblemWriter problems;

    public EdgeRoute(HttpEdgeConfig config, ProblemWriter problems) {
        this.config = config;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> mark(context));
        HttpServerRequest request = context.request();
        if (request.uri().length() > config.maxUriLength()) {
            problems.send(context, ProblemCode.URI_TOO_LONG,
                    "The request target is longer than " + config.maxUriLength() + " characters", null);
        } else if (headerSize(request.headers()) > config.maxHeaderSize().asLongValue()) {
            problems.send(context, ProblemCode.HEADERS_TOO_LARGE,
                    "The request headers are larger than " + config.maxHeaderSize().asLongValue() + " bytes",
                    request.path());
        } else if (hasDotSegment(request.path())) {
            // Vert.x resolves them before routing: /api/v1/../../q/metrics would reach /q/metrics.
            problems.send(context, ProblemCode.MALFORMED_REQUEST,
                    "The request path may not contain . or .. segments, encoded or not", null);
        } else if (request.path().startsWith("/api/") && request.method() != HttpMethod.OPTIONS
                && !choosesFormatByUrl(request.path()) && !AcceptHeader.admitsJson(request.getHeader(HttpHeaders.ACCEPT))
                && !isEventStream(request)) {
            problems.send(context, ProblemCode.NOT_ACCEPTABLE, "This resource is only available as application/json",
                    request.path());
        } else {
            context.next();
        }
    }

    /**
     * Feeds and sitemaps: one format per URL, served whatever Accept says. Feed readers and crawlers send headers
     * such as {@code application/atom+xml} or {@code text/xml} alone, and refusing them would lose the reader.
     */
    static boolean choosesFormatByUrl(String path) {
        return path.startsWith(FEEDS) || path.startsWith(SITEMAPS);
    }

    /** The change stream (changefeed/) answers text/event-stream, which EventSource clients ask for alone. */
    private static boolean isEventStream(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.path().equals("/api/v1/changes/stream") && accept != null
                && accept.toLowerCase(java.util.Locale.ROOT).contains("text/event-stream");
    }

    /** Runs just before the status line and headers go out, whoever answered. */
    private static void mark(RoutingContext context) {
        context.response().headers().set(NOSNIFF_HEADER, NOSNIFF);
    }

    static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size;
    }

    static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
