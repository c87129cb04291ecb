package dev.newsdesk.article.search;

import dev.newsdesk.article.ArticleSort;

/** How search hits are ordered: by relevance (the default with q), or by one of the list's date orders. */
public record SearchOrder(ArticleSort dateSort) {

    public static final String RELEVANCE = "relevance";

    public static SearchOrder relevance() {
        return new SearchOrder(null);
    }

    public boolean byRelevance() {
        return dateSort == null;
    }
}
