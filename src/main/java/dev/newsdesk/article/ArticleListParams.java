package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.web.request.Representation;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and shaping parameters of an article list nested under another resource (an author's or a tag's
 * articles), bound with @BeanParam.
 */
public class ArticleListParams {

    @Parameter(description = "Order: newest or oldest by publication, or most recently updated first.",
            schema = @Schema(enumeration = {"newest", "oldest", "updated"}, defaultValue = "newest"))
    @QueryParam("sort")
    public String sort;

    @Parameter(description = "Page size; more than 100 is refused, not capped.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("limit")
    public String limit;

    @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
    @QueryParam("cursor")
    public String cursor;

    @Parameter(description = ArticleResource.FIELDS_DOC, example = "headline,canonicalPath,leadMedia")
    @QueryParam("fields")
    public String fields;

    @Parameter(description = ArticleResource.INCLUDE_DOC, example = "tags")
    @QueryParam("include")
    public String include;

    public ArticleListQuery byAuthor(String authorSlug) {
        return ArticleListQuery.parse(null, null, authorSlug, null, null, null, null, sort, limit, cursor);
    }

    public ArticleListQuery byTag(String tagSlug) {
        return ArticleListQuery.parse(null, List.of(tagSlug), null, null, null, null, null, sort, limit, cursor);
    }

    public Representation shape() {
        return Representation.parse(fields, include, ArticleSummary.class, ArticleIncludes.ALL);
    }
}
