package dev.newsdesk.web.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Self and next links of a cursor-paged list, in the body and as an RFC 8288 Link header. */
public final class Paging {

    private Paging() {
    }

    public static PageLinks links(UriInfo uri, String nextCursor) {
        String self = relative(uri.getRequestUri());
        String next = nextCursor == null ? null
                : relative(uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build());
        return new PageLinks(self, next);
    }

    public static Response.ResponseBuilder withLinkHeader(Response.ResponseBuilder response, PageLinks links) {
        response.header("Link", "<" + links.self() + ">; rel=\"self\"");
        if (links.next() != null) {
            response.header("Link", "<" + links.next() + ">; rel=\"next\"");
        }
        return response;
    }

    /** 200 with the page as body and its links also in the Link header. */
    public static Response ok(Object page, PageLinks links) {
        return withLinkHeader(Response.ok(page), links).build();
    }

    /** Links stay relative to the host, so they are right behind any proxy or CDN hostname. */
    private static String relative(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
