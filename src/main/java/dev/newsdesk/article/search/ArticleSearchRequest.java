package dev.newsdesk.article.search;

import dev.newsdesk.article.ArticleListQuery;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.RequestParams;
import java.util.List;

/**
 * A validated search: the query, every filter of the article list, the order and the cursor. Relevance pages use a
 * {@link RelevanceCursor}; date-ordered searches reuse the list's own cursor inside {@code filters}.
 */
public record ArticleSearchRequest(SearchQuery query, ArticleListQuery filters, SearchOrder order,
                                   RelevanceCursor cursor) {

    /** Parses q and the list parameters together, so one 400 names every bad parameter. */
    public static ArticleSearchRequest parse(String q, List<String> tags, String section, String author, String lang,
                                             String from, String to, String dateField, String sort, String limit,
                                             String cursor) {
        RequestParams params = new RequestParams();
        SearchQuery query = null;
        if (q.isBlank()) {
            params.reject("q", "must not be empty");
        } else if (q.length() > SearchQuery.MAX_LENGTH) {
            params.reject("q", "must be at most " + SearchQuery.MAX_LENGTH + " characters");
        } else {
            query = SearchQuery.parse(q);
            if (query == null) {
                params.reject("q", "must contain at least one word to look for");
            }
        }
        boolean byRelevance = sort == null || SearchOrder.RELEVANCE.equals(sort);
        ArticleListQuery filters = null;
        try {
            filters = ArticleListQuery.parse(section, tags, author, lang, from, to, dateField,
                    byRelevance ? null : sort, limit, byRelevance ? null : cursor);
        } catch (ProblemException e) {
            if (e.code() != ProblemCode.INVALID_PARAMETER) {
                throw e;
            }
            e.errors().forEach(error -> params.reject(error.parameter(), sortMessage(error)));
        }
        params.throwIfInvalid();
        RelevanceCursor position = byRelevance && cursor != null ? RelevanceCursor.decode(cursor) : null;
        return new ArticleSearchRequest(query, filters, byRelevance ? SearchOrder.relevance()
                : new SearchOrder(filters.sort()), position);
    }

    public int limit() {
        return filters.limit();
    }

    private static String sortMessage(Problem.FieldError error) {
        return "sort".equals(error.parameter()) ? "must be one of relevance, newest, oldest, updated" : error.message();
    }
}
