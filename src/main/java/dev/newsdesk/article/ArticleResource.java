package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.search.ArticleSearchRequest;
import dev.newsdesk.article.search.ArticleSearchService;
import dev.newsdesk.article.search.SearchQuery;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

    static final String FIELDS_DOC = "Comma-separated top-level fields to return (id is always returned); "
            + "unknown names are a 400 naming them. Without it, every field.";
    static final String INCLUDE_DOC = "Comma-separated related objects to embed in full under included: authors, "
            + "tags, section, media. Composes with fields.";

    private final ArticleService articles;
    private final ArticleSearchService search;
    private final ArticleRepresentation representation;

    public ArticleResource(ArticleService articles, ArticleSearchService search,
                           ArticleRepresentation representation) {
        this.articles = articles;
        this.search = search;
        this.representation = representation;
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
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "Search in web-search syntax: words (all must match), \"quoted phrases\", "
                    + "OR between alternatives, -word to exclude. Headline matches rank above standfirst above body.",
                    schema = @Schema(minLength = 1, maxLength = SearchQuery.MAX_LENGTH),
                    example = "\"emissions reporting\" ships -coal")
            @QueryParam("q") String q,
            @Parameter(description = "Section slug; a section also lists its direct subsections.",
                    schema = @Schema(pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 200), example = "international")
            @QueryParam("section") String section,
            @Parameter(description = "Tag slug; repeat to require all of them (at most 10).",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 10,
                            implementation = String.class), example = "busan")
            @QueryParam("tag") List<String> tag,
            @Parameter(description = "Author slug.", schema = @Schema(pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$"),
                    example = "min-ji-park")
            @QueryParam("author") String author,
            @Parameter(description = "BCP 47 language; \"en\" also matches \"en-GB\".",
                    schema = @Schema(pattern = "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$"), example = "en")
            @QueryParam("lang") String lang,
            @Parameter(description = "Only articles whose dateField is at or after this RFC 3339 instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2019-04-25T00:00:00+09:00")
            @QueryParam("from") String from,
            @Parameter(description = "Only articles whose dateField is before this RFC 3339 instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2019-04-26T00:00:00+09:00")
            @QueryParam("to") String to,
            @Parameter(description = "The timestamp that from and to apply to.",
                    schema = @Schema(enumeration = {"published", "firstPublished", "updated"}, defaultValue = "published"))
            @QueryParam("dateField") String dateField,
            @Parameter(description = "Order: newest or oldest by publication, or most recently updated first; with q "
                    + "also relevance, the default there. Without q the default is newest.",
                    schema = @Schema(enumeration = {"relevance", "newest", "oldest", "updated"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Page size; more than 100 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
            @QueryParam("cursor") String cursor,
            @Parameter(description = FIELDS_DOC, example = "headline,canonicalPath,leadMedia")
            @QueryParam("fields") String fields,
            @Parameter(description = INCLUDE_DOC, example = "tags")
            @QueryParam("include") String include,
            @Context UriInfo uri) {
        Representation shape = Representation.parse(fields, include, ArticleSummary.class, ArticleIncludes.ALL);
        // "?q=" arrives as null; it is still a search, an empty one, which is refused.
        if (q != null || uri.getQueryParameters().containsKey("q")) {
            ArticleSearchRequest request = ArticleSearchRequest.parse(q == null ? "" : q, tag, section, author,
                    lang, from, to, dateField, sort, limit, cursor);
            ArticleSearchService.Hits hits = search.search(request);
            return representation.page(hits.items(), hits.matches(), request.limit(), hits.nextCursor(), uri, shape);
        }
        ArticleListQuery query = ArticleListQuery.parse(section, tag, author, lang, from, to, dateField, sort, limit,
                cursor);
        return representation.listPage(query, shape, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "Get a published article by id",
            description = "The full article: body blocks, section, byline, tags, lead media with its credit, "
                    + "all revision timestamps and the canonical path.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Object get(
            @Parameter(description = "The article's public id.", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid"), example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77")
            @PathParam("id") String id,
            @Parameter(description = FIELDS_DOC, example = "headline,body,firstPublishedAt,updatedAt")
            @QueryParam("fields") String fields,
            @Parameter(description = INCLUDE_DOC, example = "authors,media")
            @QueryParam("include") String include) {
        UUID articleId = RequestParams.requireUuid("id", id);
        Representation shape = Representation.parse(fields, include, ArticleResponse.class, ArticleIncludes.ALL);
        return representation.article(articles.getVisible(articleId), shape);
    }

    @GET
    @Path("by-slug/{slug}")
    @Operation(operationId = "getArticleBySlug", summary = "Get a published article by slug",
            description = "The same representation as getArticle, looked up by the article's unique slug.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Object getBySlug(
            @Parameter(description = "The article's slug.", example = "pacific-ports-agree-common-emissions-reporting",
                    schema = @Schema(maxLength = 200))
            @PathParam("slug") String slug,
            @Parameter(description = FIELDS_DOC, example = "headline,body,firstPublishedAt,updatedAt")
            @QueryParam("fields") String fields,
            @Parameter(description = INCLUDE_DOC, example = "authors,media")
            @QueryParam("include") String include) {
        Representation shape = Representation.parse(fields, include, ArticleResponse.class, ArticleIncludes.ALL);
        return representation.article(articles.getVisibleBySlug(slug), shape);
    }
}
