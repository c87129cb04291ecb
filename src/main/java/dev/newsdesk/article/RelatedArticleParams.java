package dev.newsdesk.article;

import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of listRelatedArticles, bound with @BeanParam. */
public class RelatedArticleParams extends SummaryShapeParams {

    // A String, not a UUID: a converter would refuse a malformed id alone, and one 400 is to name it with the rest.
    @Parameter(description = "The article's public id.", example = OpenApiDefinition.SAMPLE_ARTICLE_ID,
            schema = @Schema(implementation = UUID.class))
    @PathParam("id")
    String id;

    @Parameter(description = "How many; more than 20 is refused, not capped.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + RelatedArticleRequest.MAX_LIMIT,
                    defaultValue = "" + RelatedArticleRequest.DEFAULT_LIMIT))
    @QueryParam("limit")
    String limit;

    /** Throws one 400 that names every bad parameter. */
    public RelatedArticleRequest request() {
        RequestParams params = new RequestParams();
        UUID articleId = params.uuid("id", id);
        int size = params.intInRange("limit", limit, RelatedArticleRequest.DEFAULT_LIMIT, 1,
                RelatedArticleRequest.MAX_LIMIT);
        Representation shape = shape(params);
        params.throwIfInvalid();
        return new RelatedArticleRequest(articleId, size, shape);
    }
}
