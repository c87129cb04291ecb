package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.author.AuthorService;
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

/** An author's articles: the article list, nested under the author it is about. The author itself: AuthorResource. */
@Path("/api/v1/authors/{slug}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorArticlesResource {

    private final AuthorService authors;
    private final ArticleService articles;

    public AuthorArticlesResource(AuthorService authors, ArticleService articles) {
        this.authors = authors;
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listAuthorArticles", summary = "List an author's articles",
            description = "The author's published articles, as listArticles?author={slug} gives them, but a 404 "
                    + "for an unknown author.")
    @APIResponse(responseCode = "200", description = "One page of article summaries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticlePage.class)))
    public Object list(
            @Parameter(description = "The author's slug.", example = "min-ji-park") @PathParam("slug") String slug,
            @BeanParam NestedArticleListParams params, @Context UriInfo uri) {
        authors.getBySlug(slug); // an unknown author is a 404, whatever the parameters
        return articles.list(editions -> params.byAuthor(slug, editions), PageAddress.of(uri));
    }
}
