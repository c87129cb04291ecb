package dev.newsdesk.article.search;

import java.util.Map;

/** The SQL pieces of search that differ between PostgreSQL (full-text vectors) and the embedded H2 database. */
interface SearchDialect {

    /** A condition on article alias {@code a} that holds when the article matches the query. */
    String matches(SearchQuery query, Map<String, Object> params);

    /** A double precision relevance score of article alias {@code a}; higher is more relevant. */
    String rank(SearchQuery query, Map<String, Object> params);

    /** Extra columns of alias {@code a} the snippet expression needs, each preceded by a comma. */
    String snippetColumns();

    /**
     * The snippet of a hit row (alias {@code p}) with matches between ⟦ and ⟧, or {@code null} when the
     * dialect leaves snippets to {@link Snippets#highlight}.
     */
    String snippet(SearchQuery query, Map<String, Object> params);
}
