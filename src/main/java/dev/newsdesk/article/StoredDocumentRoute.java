package dev.newsdesk.article;

import dev.newsdesk.article.ArticleDocumentReads.Bodies;
import dev.newsdesk.config.DocumentsConfig;
import dev.newsdesk.edition.EditionHeadersFilter;
import dev.newsdesk.edition.ServedEdition;
import dev.newsdesk.web.cache.CachedRepresentation;
import dev.newsdesk.web.cache.HttpCaching;
import dev.newsdesk.web.cache.RenderedBody;
import dev.newsdesk.web.cache.RepresentationCache;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Answers GET and HEAD of an article by id or slug from its stored document ahead of Quarkus REST, as
 * {@link dev.newsdesk.web.cache.CacheHitRoute} answers cached copies: the request that asks for the default
 * shape in no particular language (no query, no Accept-Language) costs one indexed read and a write of stored
 * bytes. The answer is what Quarkus REST would send for the same document (the same {@link HttpCaching} render,
 * the same language headers), and is kept in the instance cache as REST would keep it. Anything else (another
 * shape or language, no usable document, any other path or method) goes on to Quarkus REST, which renders.
 */
@ApplicationScoped
public class StoredDocumentRoute {

    private static final Logger LOG = Logger.getLogger(StoredDocumentRoute.class);
    private static final String ARTICLES = HttpCaching.API_PREFIX + "articles/";
    private static final String BY_SLUG = ARTICLES + "by-slug/";
    /** The metrics tag Quarkus REST gives these paths (see CacheHitRoute.pathTemplate). */
    private static final String BY_ID_TEMPLATE = "/api/v1/articles/{id}";
    private static final String BY_SLUG_TEMPLATE = "/api/v1/articles/by-slug/{slug}";
    private static final String PATH_TEMPLATE = "UrlPathTemplate";
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A slug as the editorial API accepts it; anything else is left to REST to refuse or redirect. */
    private static final Pattern SLUG_TEXT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ArticleService articles;
    private final ServedEdition served;
    private final HttpCaching caching;
    private final RepresentationCache cache;
    private final boolean enabled;

    StoredDocumentRoute(ArticleService articles, ServedEdition served, HttpCaching caching, RepresentationCache cache,
                        DocumentsConfig config) {
        this.articles = articles;
        this.served = served;
        this.caching = caching;
        this.cache = cache;
        this.enabled = config.enabled();
    }

    /** Right after CacheHitRoute (same order, installed after it): a cached copy still wins over a read. */
    void install(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) Router router) {
        if (enabled) {
            router.route(ARTICLES + "*").order(-1).handler(this::answer);
        }
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        String path = request.path();
        if (!path.startsWith(ARTICLES)) {
            context.next(); // the list, /api/v1/articles, which the route's pattern matches too
            return;
        }
        boolean bySlug = path.startsWith(BY_SLUG);
        String key = path.substring(bySlug ? BY_SLUG.length() : ARTICLES.length());
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || request.query() != null
                || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null
                || !HttpCaching.acceptsJson(request.getHeader(HttpHeaders.ACCEPT))
                || key.length() > 200 || !(bySlug ? SLUG_TEXT : UUID_TEXT).matcher(key).matches()) {
            context.next();
            return;
        }
        long generation = cache.generation();
        boolean gzip = HttpCaching.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        UUID id = bySlug ? null : UUID.fromString(key);
        String slug = bySlug ? key : null;
        String template = bySlug ? BY_SLUG_TEMPLATE : BY_ID_TEMPLATE;
        context.vertx().<Read>executeBlocking(() -> read(id, slug, gzip, ifNoneMatch, ifModifiedSince, template), false)
                .onComplete(done -> {
                    if (done.failed()) {
                        // A failed read is not an answer: REST renders (and reports a database outage its way).
                        LOG.debugf(done.cause(), "Stored document read failed for %s", path);
                        context.next();
                    } else if (done.result() == null) {
                        context.next();
                    } else {
                        if (done.result().bodies() == Bodies.BOTH) {
                            cache.put(HttpCaching.cacheKey(path, null, null), done.result().representation(),
                                    generation);
                        }
                        send(context, done.result().representation(), gzip, template);
                    }
                });
    }

    /** What a read found, and which of its codings it holds (only a copy with both may go to the instance cache). */
    private record Read(CachedRepresentation representation, Bodies bodies) {
    }

    /**
     * On a worker thread. While the instance cache is off, a revalidation reads the document without its bodies
     * first, and answers 304 from that; otherwise (or when it has changed) the codings this response needs. While
     * the cache keeps copies, every read takes both codings, so that a revalidation which missed leaves the copy the
     * next requests for the article are answered from (hot articles are mostly revalidated, by browsers and CDNs).
     */
    private Read read(UUID id, String slug, boolean gzip, String ifNoneMatch, String ifModifiedSince, String template) {
        if (!cache.enabled() && (ifNoneMatch != null || ifModifiedSince != null)) {
            CachedRepresentation headers = render(id, slug, Bodies.NONE, template);
            if (headers == null) {
                return null;
            }
            if (HttpCaching.notModified(ifNoneMatch, ifModifiedSince, headers, gzip)) {
                return new Read(headers, Bodies.NONE);
            }
        }
        Bodies bodies = cache.enabled() ? Bodies.BOTH : gzip ? Bodies.GZIP : Bodies.JSON;
        CachedRepresentation full = render(id, slug, bodies, template);
        return full == null ? null : new Read(full, bodies);
    }

    /** In a request context of its own (the session, the boundaries a read reports). */
    private CachedRepresentation render(UUID id, String slug, Bodies bodies, String template) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Optional<RenderedBody> stored = articles.storedOnly(id, slug, bodies);
            if (stored.isEmpty()) {
                return null;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            EditionHeadersFilter.languageHeaders(served,
                    (name, value) -> headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
            headers.replaceAll((name, values) -> List.copyOf(values));
            boolean withGzip = bodies == Bodies.BOTH || bodies == Bodies.GZIP;
            return caching.render(stored.get(), ArticleDocumentRenderer.KIND, withGzip, headers, template);
        } finally {
            requestContext.terminate();
        }
    }

    /** As Quarkus REST sends it after HttpCachingFilters: the representation's headers, then 304 or the bytes. */
    private void send(RoutingContext context, CachedRepresentation rep, boolean gzip, String template) {
        HttpServerRequest request = context.request();
        if (request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(PATH_TEMPLATE, template);
        }
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        rep.forEachHeader(gzip, headers::add);
        if (HttpCaching.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), rep, gzip)) {
            response.setStatusCode(304).end();
            return;
        }
        boolean head = HttpMethod.HEAD.equals(request.method());
        Buffer body = rep.body(gzip);
        headers.add(HttpHeaders.CONTENT_TYPE, rep.contentType());
        String encoding = caching.contentEncoding(gzip, head);
        if (encoding != null) {
            headers.add(HttpHeaders.CONTENT_ENCODING, encoding);
        }
        if (head) {
            response.end();
        } else {
            response.end(body);
        }
    }
}
