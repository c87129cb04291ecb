package dev.newsdesk.web.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Self and next links of a cursor-paged list; {@link PageLinkHeader} sends them as the Link header too. */
public final class Paging {

    private Paging() {
    }

    public static PageLinks links(UriInfo uri, String nextCursor) {
        return PageAddress.of(uri).links(nextCursor);
    }

    /**
     * 200 with the page as body. The Link header is no longer written here: {@link PageLinkHeader} adds it to every
     * page, so a resource can return its page record itself.
     */
    @Deprecated
    public static Response ok(Object page, PageLinks links) {
        return Response.ok(page).build();
    }
}
