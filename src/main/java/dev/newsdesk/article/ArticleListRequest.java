package dev.newsdesk.article;

import dev.newsdesk.article.search.ArticleSearchRequest;
import dev.newsdesk.web.request.Representation;

/**
 * A validated request for one page of published articles: the list query, or with q= a search (whose filters are
 * that query), and the shape of each summary.
 */
public record ArticleListRequest(ArticleListQuery query, ArticleSearchRequest search, Representation shape) {

    public static ArticleListRequest list(ArticleListQuery query, Representation shape) {
        return new ArticleListRequest(query, null, shape);
    }

    public static ArticleListRequest search(ArticleSearchRequest search, Representation shape) {
        return new ArticleListRequest(search.filters(), search, shape);
    }

    public boolean isSearch() {
        return search != null;
    }

    public int limit() {
        return query.limit();
    }
}
