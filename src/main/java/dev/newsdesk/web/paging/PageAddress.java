package dev.newsdesk.web.paging;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Where a page was asked for. Its links keep the request's path and query; the next page's link swaps in the
 * cursor. Services take this value rather than the JAX-RS request, so they build whole pages without knowing HTTP.
 */
public record PageAddress(URI request) {

    public static PageAddress of(UriInfo uri) {
        return new PageAddress(uri.getRequestUri());
    }

    public PageLinks links(String nextCursor) {
        String next = nextCursor == null ? null
                : relative(UriBuilder.fromUri(request).replaceQueryParam("cursor", nextCursor).build());
        return new PageLinks(relative(request), next);
    }

    /** Links stay relative to the host, so they are right behind any proxy or CDN hostname. */
    private static String relative(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
