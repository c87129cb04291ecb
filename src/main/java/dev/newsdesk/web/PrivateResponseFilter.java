package dev.newsdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Editorial answers (drafts, previews, key lists) must never be stored by a browser, proxy or CDN, whatever
 * status they have.
 */
@Provider
public class PrivateResponseFilter implements ContainerResponseFilter {

    public static final String EDITORIAL_PREFIX = "api/v1/editorial";
    public static final String PRIVATE_NO_STORE = "private, no-store";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith(EDITORIAL_PREFIX)) {
            response.getHeaders().putSingle("Cache-Control", PRIVATE_NO_STORE);
        }
    }
}
