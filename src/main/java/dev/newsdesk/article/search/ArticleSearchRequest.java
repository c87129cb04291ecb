package dev.newsdesk.article.search;

import dev.newsdesk.article.ArticleListQuery;

/**
 * A validated search: the query, every filter of the article list, the order and the cursor. Relevance pages use a
 * {@link RelevanceCursor}; date-ordered searches reuse the list's own cursor inside {@code filters}.
 */
public record ArticleSearchRequest(SearchQuery query, ArticleListQuery filters, SearchOrder order,
                                   RelevanceCursor cursor) {

    public int limit() {
        return filters.limit();
    }
}
