package dev.newsdesk.web.cache;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers public delivery GET and HEAD requests from a fresh copy in the {@link RepresentationCache}, on the I/O
 * thread and before Quarkus REST: 304 when the validators match, else the identity or gzip bytes. A hit costs a map
 * lookup, a header scan and a write of precomputed values; the headers are the set {@link HttpCachingFilters} sends
 * ({@link CachedRepresentation#forEachHeader}) plus Age. Everything else (a miss, another method, an Accept without
 * JSON for a JSON copy, editorial paths, which are never stored) goes on to Quarkus REST, which renders and stores the copy.
 */
@ApplicationScoped
public class CacheHitRoute {

    /** Where Quarkus REST leaves the matched resource path for its HTTP metrics (a request-context local). */
    private static final String PATH_TEMPLATE = "UrlPathTemplate";
    private static final CharSequence AGE = HttpHeaders.createOptimized("Age");
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");

    private final RepresentationCache cache;
    private final HttpCaching caching;

    public CacheHitRoute(RepresentationCache cache, HttpCaching caching) {
        this.cache = cache;
        this.caching = caching;
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            // After the body-size checks (orders -3 and -2), before Quarkus' compression marker (0) and REST.
            router.route(HttpCaching.API_PREFIX + "*").order(-1).handler(this::answer);
        }
    }

    /** The resource path Quarkus REST matched for this request, as its metrics tag it; null outside a request. */
    static String pathTemplate(HttpServerRequest request) {
        return request instanceof HttpServerRequestInternal internal
                ? (String) internal.context().getLocal(PATH_TEMPLATE) : null;
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        boolean head = HttpMethod.HEAD.equals(method);
        if (!(head || HttpMethod.GET.equals(method))) {
            context.next();
            return;
        }
        CachedRepresentation rep = cache.find(HttpCaching.cacheKey(request.path(), request.query(),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        // A feed or a sitemap is one format per URL, whatever a reader's Accept says (see RenderedBody).
        if (rep == null || (rep.isJson() && !HttpCaching.acceptsJson(request.getHeader(HttpHeaders.ACCEPT)))) {
            context.next();
            return;
        }
        if (rep.pathTemplate() != null && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(PATH_TEMPLATE, rep.pathTemplate());
        }
        boolean gzip = HttpCaching.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        rep.forEachHeader(gzip, headers::add);
        headers.add(AGE, Long.toString(cache.ageSeconds(rep)));
        if (HttpCaching.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), rep, gzip)) {
            response.setStatusCode(304).end();
            return;
        }
        Buffer body = rep.body(gzip);
        headers.add(HttpHeaders.CONTENT_TYPE, rep.isJson() ? JSON : rep.contentType());
        String encoding = caching.contentEncoding(gzip, head);
        if (encoding != null) {
            headers.add(HttpHeaders.CONTENT_ENCODING, encoding);
        }
        if (head) {
            response.end(); // no body and, like Quarkus REST's HEAD answers, no Content-Length
        } else {
            response.end(body);
        }
    }
}
