package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.tag.TagService;
import dev.newsdesk.web.paging.PageAddress;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The articles with a tag: the article list, nested under the tag it is about. The tag itself: TagResource. */
@Path("/api/v1/tags/{slug}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags")
public class TagArticlesResource {

    private final TagService tags;
    private final ArticleService articles;

    public TagArticlesResource(TagService tags, ArticleService articles) {
        this.tags = tags;
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listTagArticles", summary = "List the articles with a tag",
            description = "The tag's published articles, as listArticles?tag={slug} gives them, but a 404 for an "
                    + "unknown tag.")
    @APIResponse(responseCode = "200", description = "One page of article summaries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticlePage.class)))
    public Object list(
            @Parameter(description = "The tag's slug.", example = "busan") @PathParam("slug") String slug,
            @BeanParam NestedArticleListParams params, @Context UriInfo uri) {
        tags.getBySlug(slug); // an unknown tag is a 404, whatever the parameters
        return articles.list(editions -> params.byTag(slug, editions), PageAddress.of(uri));
    }
}
