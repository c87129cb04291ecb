package dev.newsdesk.article;

import dev.newsdesk.web.cache.HttpCaching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A former slug answers 301 with the by-slug URL of the current one, the query (fields=, include=) kept, so HTTP
 * clients that follow redirects get the article as if they had asked with its new slug. Cached like an article.
 */
public class ArticleMovedMapper {

    private final HttpCaching caching;

    public ArticleMovedMapper(HttpCaching caching) {
        this.caching = caching;
    }

    @ServerExceptionMapper
    public Response moved(ArticleMoved moved, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String location = "/api/v1/articles/by-slug/" + moved.currentSlug() + (query == null ? "" : "?" + query);
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(location))
                .header(HttpHeaders.CACHE_CONTROL, caching.cacheControl("articles")).build();
    }
}
