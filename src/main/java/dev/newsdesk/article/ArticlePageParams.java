package dev.newsdesk.article;

import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging of a cursor-paged article list: page size and cursor, plus the shape of each summary. */
public abstract class ArticlePageParams extends SummaryShapeParams {

    static final String LIST_SORTS = "newest, oldest, updated";

    @Parameter(description = "Page size; more than 100 is refused, not capped.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + ArticleListQuery.MAX_LIMIT,
                    defaultValue = "" + ArticleListQuery.DEFAULT_LIMIT))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
    @QueryParam("cursor")
    String cursor;

    protected int limit(RequestParams params) {
        return params.intInRange("limit", limit, ArticleListQuery.DEFAULT_LIMIT, 1, ArticleListQuery.MAX_LIMIT);
    }

    /** Decoded once every parameter is valid: a cursor only means something for the sort it was issued for. */
    protected ArticleCursor cursor(ArticleSort sort) {
        return cursor == null ? null : ArticleCursor.decode(cursor, sort);
    }

    protected static ArticleSort sort(RequestParams params, String sort, String allowed) {
        return params.oneOf("sort", sort, ArticleSort.NEWEST, ArticleSort::fromWire, allowed);
    }
}
