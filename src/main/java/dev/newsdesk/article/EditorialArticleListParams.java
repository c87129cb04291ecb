package dev.newsdesk.article;

import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and paging of the editorial article list, bound with @BeanParam. */
public class EditorialArticleListParams {

    @Parameter(description = "Only articles in this status: draft, published, unpublished or deleted; repeat it (or "
            + "separate with commas) for several. Without it: draft, published and unpublished; deleted articles only "
            + "when asked for.", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
            example = "draft")
    @QueryParam("status")
    List<String> status;

    @Parameter(description = "Section slug; a section also lists its direct subsections.",
            schema = @Schema(pattern = RequestParams.SLUG_PATTERN, maxLength = 200), example = "international")
    @QueryParam("section")
    String section;

    @Parameter(description = "Page size; more than 100 is refused, not capped.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
    @QueryParam("cursor")
    String cursor;

    /** The validated query; one 400 names every bad parameter. */
    public EditorialArticleQuery query() {
        return EditorialArticleQuery.parse(status, section, limit, cursor);
    }
}
