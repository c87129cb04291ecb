package dev.newsdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies {@link HttpCaching} to every request. Public delivery GETs answered 200 are rendered once into bytes with
 * validators and caching headers, then answered in full or as 304; a fresh rendered copy in the
 * {@link RepresentationCache} answers before routing, without touching the database. Editorial and preview answers
 * are marked private, no-store; problem responses keep their own no-store.
 */
public class HttpCachingFilters {

    private static final String HANDLED = HttpCachingFilters.class.getName() + ".handled";
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final Set<String> OWN_HEADERS = Set.of("content-type", "content-length", "content-encoding",
            "etag", "last-modified", "cache-control", "vary", "surrogate-key", "age");

    private final HttpCaching caching;
    private final RepresentationCache cache;

    public HttpCachingFilters(HttpCaching caching, RepresentationCache cache) {
        this.caching = caching;
        this.cache = cache;
    }

    /** Runs on the I/O thread before routing: a cache hit costs a map lookup and a header comparison. */
    @ServerRequestFilter(preMatching = true)
    public Response fromLocalCache(ContainerRequestContext request) {
        if (!cache.enabled()) {
            return null;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String kind = HttpCaching.publicKind(request.getMethod(), uri.getRawPath());
        if (kind == null || !"GET".equals(request.getMethod())
                || !HttpCaching.acceptsJson(request.getHeaderString(HttpHeaders.ACCEPT))) {
            return null;
        }
        Optional<CachedRepresentation> hit = cache.get(cacheKey(uri));
        if (hit.isEmpty()) {
            return null;
        }
        request.setProperty(HANDLED, Boolean.TRUE);
        CachedRepresentation rep = hit.get();
        boolean gzip = HttpCaching.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        Response.ResponseBuilder response;
        if (HttpCaching.notModified(request.getHeaders(), rep, gzip)) {
            response = Response.notModified();
        } else {
            byte[] body = gzip ? (rep.gzip() != null ? rep.gzip() : HttpCaching.gzip(rep.json())) : rep.json();
            response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
            if (gzip) {
                response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        headers(rep, gzip).forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        return response.header("Age", cache.ageSeconds(rep)).build();
    }

    @ServerResponseFilter
    public void addCachingHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(HANDLED) != null) {
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        if (HttpCaching.isPrivate(uri.getRawPath())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, HttpCaching.PRIVATE);
            return;
        }
        String kind = HttpCaching.publicKind(request.getMethod(), uri.getRawPath());
        if (kind == null || response.getStatus() != 200 || !response.hasEntity()
                || (response.getMediaType() != null
                    && !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType()))) {
            return;
        }
        boolean gzip = HttpCaching.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        CachedRepresentation rep = caching.render(response.getEntity(), kind, gzip || cache.enabled(),
                replayable(response.getStringHeaders()));
        cache.put(cacheKey(uri), rep);
        headers(rep, gzip).forEach((name, values) -> response.getHeaders().put(name, values));
        if (HttpCaching.notModified(request.getHeaders(), rep, gzip)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(gzip ? rep.gzip() : rep.json(), NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE);
            if (gzip) {
                response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
    }

    /** The caching headers of a representation, the same on a 200 and a 304 (RFC 9110 section 15.4.5). */
    private MultivaluedMap<String, Object> headers(CachedRepresentation rep, boolean gzip) {
        MultivaluedMap<String, Object> headers = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.ETAG, rep.etag(gzip));
        headers.putSingle(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(rep.lastModified()));
        headers.putSingle(HttpHeaders.CACHE_CONTROL, caching.cacheControl(rep.kind()));
        headers.putSingle(HttpHeaders.VARY, HttpCaching.VARY);
        headers.putSingle("Surrogate-Key", String.join(" ", rep.keys()));
        rep.headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        return headers;
    }

    /** Headers the resource set itself (Link on lists), kept with the cached copy; body and caching headers are ours. */
    private static Map<String, List<String>> replayable(MultivaluedMap<String, String> headers) {
        Map<String, List<String>> kept = new HashMap<>();
        headers.forEach((name, values) -> {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, List.copyOf(values));
            }
        });
        return kept;
    }

    private static String cacheKey(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
