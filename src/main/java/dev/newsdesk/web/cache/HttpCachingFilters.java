package dev.newsdesk.web.cache;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies {@link HttpCaching} to every response of Quarkus REST. Public delivery GETs answered 200 are rendered once
 * into bytes with validators and caching headers, kept in the {@link RepresentationCache}, then answered in full or
 * as 304. Later requests for a fresh copy never get here: {@link CacheHitRoute} answers them first. Editorial and
 * preview answers are marked private, no-store; problem responses keep their own no-store. A write answered with
 * success has committed by the time its response passes here: the cache is emptied then.
 */
public class HttpCachingFilters {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final Set<String> OWN_HEADERS = Set.of("content-type", "content-length", "content-encoding",
            "etag", "last-modified", "cache-control", "surrogate-key", "age");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String GENERATION = "newsdesk.cache-generation";

    private final HttpCaching caching;
    private final RepresentationCache cache;
    private final Instance<AfterCommittedWrite> afterWrite;

    public HttpCachingFilters(HttpCaching caching, RepresentationCache cache, Instance<AfterCommittedWrite> afterWrite) {
        this.caching = caching;
        this.cache = cache;
        this.afterWrite = afterWrite;
    }

    /** Before the resource reads anything: a copy it renders is kept only if no write commits meanwhile. */
    @ServerRequestFilter
    public void noteCacheGeneration(ContainerRequestContext request) {
        request.setProperty(GENERATION, cache.generation());
    }

    /** Services own their transactions, so a successful write has committed before its response is filtered. */
    @ServerResponseFilter
    public void evictAfterWrite(ContainerRequestContext request, ContainerResponseContext response,
                                HttpServerRequest vertxRequest) {
        if (!SAFE_METHODS.contains(request.getMethod()) && response.getStatus() < 400
                && vertxRequest.path().startsWith(HttpCaching.API_PREFIX)) {
            cache.invalidateAll();
            afterWrite.forEach(AfterCommittedWrite::afterCommittedWrite);
        }
    }

    @ServerResponseFilter
    public void addCachingHeaders(ContainerRequestContext request, ContainerResponseContext response,
                                  HttpServerRequest vertxRequest) {
        String path = vertxRequest.path();
        if (HttpCaching.isPrivate(path)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, HttpCaching.PRIVATE);
            return;
        }
        String kind = HttpCaching.publicKind(request.getMethod(), path);
        boolean rendered = response.getEntity() instanceof Prerendered;
        if (kind == null || response.getStatus() != 200 || !response.hasEntity()
                || (!rendered && response.getMediaType() != null
                    && !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType()))) {
            return;
        }
        boolean gzip = HttpCaching.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        CachedRepresentation rep = caching.render(response.getEntity(), kind, gzip || cache.enabled(),
                replayable(response.getStringHeaders()), CacheHitRoute.pathTemplate(vertxRequest));
        if (request.getProperty(GENERATION) instanceof Long generation) {
            cache.put(HttpCaching.cacheKey(path, vertxRequest.query(),
                    request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), rep, generation);
        }

        boolean notModified = HttpCaching.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), rep, gzip);
        if (notModified) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(rep.body(gzip).getBytes(), NO_ANNOTATIONS, MediaType.valueOf(rep.contentType()));
        }
        // Only now: setEntity may replace the header map.
        MultivaluedMap<String, Object> headers = response.getHeaders();
        Set<String> replaced = new HashSet<>();
        rep.forEachHeader(gzip, (name, value) -> {
            if (replaced.add(name)) {
                headers.remove(name); // what the resource set under this name is part of the set already
            }
            headers.add(name, value);
        });
        String encoding = caching.contentEncoding(gzip, "HEAD".equals(request.getMethod()));
        if (notModified) {
            headers.remove(HttpHeaders.CONTENT_TYPE); // no body to describe, as in the copies CacheHitRoute serves
        } else if (encoding != null) {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, encoding);
        }
    }

    /**
     * Headers the resource set itself (Link on lists, Content-Language, a Vary: Accept-Language that joins ours),
     * kept with the cached copy; body and the other caching headers are ours.
     */
    private static Map<String, List<String>> replayable(MultivaluedMap<String, String> headers) {
        Map<String, List<String>> kept = new HashMap<>();
        headers.forEach((name, values) -> {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, List.copyOf(values));
            }
        });
        return kept;
    }
}
