package dev.newsdesk.article;

import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.article.search.ArticleSearchRequest;
import dev.newsdesk.web.request.Representation;

/**
 * A validated request for one page of published articles: the list query, or with q= a search (whose filters are
 * that query), and the shape of each summary.
 */
public record ArticleListRequest(ArticleListQuery query, ArticleSearchRequest search, Representation shape,
                                 LanguageNegotiation.Negotiated edition) {

    public static ArticleListRequest list(ArticleListQuery query, Representation shape) {
        return new ArticleListRequest(query, null, shape, null);
    }

    public static ArticleListRequest search(ArticleSearchRequest search, Representation shape) {
        return new ArticleListRequest(search.filters(), search, shape, null);
    }

    /** The same request, listing the edition negotiated for it (which its answer's headers name). */
    public ArticleListRequest in(LanguageNegotiation.Negotiated negotiated) {
        return new ArticleListRequest(query, search, shape, negotiated);
    }

    public boolean isSearch() {
        return search != null;
    }

    public int limit() {
        return query.limit();
    }
}
