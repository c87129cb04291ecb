package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleList;
import dev.newsdesk.web.request.Shaped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class RelatedArticleResource {

    private final RelatedArticleService related;

    public RelatedArticleResource(RelatedArticleService related) {
        this.related = related;
    }

    @GET
    @Operation(operationId = "listRelatedArticles", summary = "List articles related to an article",
            description = "Related stories for an article page: those the editors pinned, in their order, then the "
                    + "visible articles sharing the most tags, then the same section, newest first. Never the "
                    + "article itself or one of its translations, never anything readers cannot see. In the edition "
                    + "asked for (lang, else Accept-Language, else the article's own edition; Content-Language names "
                    + "it): a story that has a published translation in that edition is shown as that translation, "
                    + "the others as they are, each item's language saying which; lang=* shows every story as it "
                    + "is.")
    @APIResponse(responseCode = "200", description = "Related article summaries, most related first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleList.class)))
    public Shaped<ArticleList> list(@BeanParam RelatedArticleParams params) {
        return related.related(params.request());
    }
}
