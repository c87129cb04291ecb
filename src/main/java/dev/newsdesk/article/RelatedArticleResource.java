package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleList;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class RelatedArticleResource {

    private final RelatedArticleService related;
    private final ArticleRepresentation representation;

    public RelatedArticleResource(RelatedArticleService related, ArticleRepresentation representation) {
        this.related = related;
        this.representation = representation;
    }

    @GET
    @Operation(operationId = "listRelatedArticles", summary = "List articles related to an article",
            description = "Related stories for an article page: those the editors pinned, in their order, then the "
                    + "visible articles sharing the most tags, then the same section, newest first. Never the "
                    + "article itself, never anything readers cannot see.")
    @APIResponse(responseCode = "200", description = "Related article summaries, most related first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleList.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Object list(
            @Parameter(description = "The article's public id.", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid"), example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77")
            @PathParam("id") String id,
            @Parameter(description = "How many; more than 20 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5"))
            @QueryParam("limit") String limit,
            @Parameter(description = ArticleResource.FIELDS_DOC, example = "headline,canonicalPath,leadMedia")
            @QueryParam("fields") String fields,
            @Parameter(description = ArticleResource.INCLUDE_DOC, example = "tags")
            @QueryParam("include") String include) {
        RequestParams params = new RequestParams();
        UUID articleId = params.uuid("id", id);
        int size = params.intInRange("limit", limit, RelatedArticleService.DEFAULT_LIMIT, 1,
                RelatedArticleService.MAX_LIMIT);
        params.throwIfInvalid();
        Representation shape = Representation.parse(fields, include, ArticleSummary.class, ArticleIncludes.ALL);
        List<ArticleSummary> items = related.related(articleId, size);
        return representation.list(items, shape);
    }
}
