package dev.newsdesk.article;

import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List published articles",
            description = "Published articles as summaries, newest first by default. Filters combine with AND. "
                    + "Pages are keyset-based: follow links.next (or the Link header) until it is null; "
                    + "articles published meanwhile never shift the pages you are walking through. "
                    + "With q, the list is a search: only matching articles, by relevance unless sort asks for a date "
                    + "order, each item carrying search.snippet and search.rank.")
    @APIResponse(responseCode = "200", description = "One page of article summaries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticlePage.class)))
    public Object list(@BeanParam ArticleListParams params, @Context UriInfo uri) {
        return articles.list(editions -> params.request(uri, editions), PageAddress.of(uri));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "Get a published article by id",
            description = "The full article: body blocks, section, byline, tags, lead media with its credit, "
                    + "all revision timestamps and the canonical path.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public Object get(
            @Parameter(description = "The article's public id.", example = OpenApiDefinition.SAMPLE_ARTICLE_ID)
            @PathParam("id") UUID id,
            @BeanParam ArticleShapeParams shape,
            @BeanParam ArticleEditionParams edition) {
        return articles.deliver(id, shape.shape(), edition.lang, edition.acceptLanguage, edition.fallback);
    }

    @GET
    @Path("by-slug/{slug}")
    @Operation(operationId = "getArticleBySlug", summary = "Get a published article by slug",
            description = "The same representation as getArticle, looked up by the article's unique slug. A former "
                    + "slug (the article was renamed) answers 301 with the by-slug URL of the current slug, query "
                    + "kept: clients that follow redirects get the article in one hop, however often it was renamed.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "301", description = "A former slug of a visible article; no body.",
            headers = {@Header(name = "Location", description = "The by-slug URL of the current slug, with the "
                    + "query of this request, e.g. /api/v1/articles/by-slug/pacific-ports-agree-common-emissions-reporting?include=media",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "Cached as long as the article itself.",
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "410", ref = "Gone")
    public Object getBySlug(
            @Parameter(description = "The article's slug.", example = "pacific-ports-agree-common-emissions-reporting",
                    schema = @Schema(maxLength = RequestParams.SLUG_MAX_LENGTH))
            @PathParam("slug") String slug,
            @BeanParam ArticleShapeParams shape,
            @BeanParam ArticleEditionParams edition) {
        return articles.deliverBySlug(slug, shape.shape(), edition.lang, edition.acceptLanguage, edition.fallback);
    }
}
