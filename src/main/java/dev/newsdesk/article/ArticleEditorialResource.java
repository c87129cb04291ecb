package dev.newsdesk.article;

import dev.newsdesk.web.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.api.ArticleCreateRequest;
import dev.newsdesk.article.api.ArticlePublishRequest;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleUnpublishRequest;
import dev.newsdesk.article.api.ArticleUpdateRequest;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.EditorialArticlePage;
import dev.newsdesk.article.api.PreviewToken;
import dev.newsdesk.article.revision.RevisionService;
import dev.newsdesk.article.revision.api.EditorialRevisionList;
import dev.newsdesk.article.revision.api.RevisionDetail;
import dev.newsdesk.security.Editor;
import dev.newsdesk.security.PreviewTokens;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.request.JsonMergePatch;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.Paging;
import dev.newsdesk.web.request.RequestParams;
import dev.newsdesk.web.cache.Versioned;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editorial/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial articles")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.EDITOR_NAME)
public class ArticleEditorialResource {

    private static final String ETAG_DESCRIPTION = EntityTags.ETAG_DESCRIPTION;
    private static final String IF_MATCH_DESCRIPTION = EntityTags.IF_MATCH_DESCRIPTION;

    private final ArticleEditorialService articles;
    private final RevisionService revisions;
    private final PreviewTokens previewTokens;
    private final ApiTime time;
    private final SecurityIdentity identity;

    public ArticleEditorialResource(ArticleEditorialService articles, RevisionService revisions,
                                    PreviewTokens previewTokens, ApiTime time, SecurityIdentity identity) {
        this.articles = articles;
        this.revisions = revisions;
        this.previewTokens = previewTokens;
        this.time = time;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listEditorialArticles", summary = "List articles in any state",
            description = "Drafts, published, unpublished and (on request) deleted articles, most recently updated "
                    + "first, with whether each has a pending draft. Pages are keyset-based: follow links.next (or "
                    + "the Link header) until it is null. Editor role.")
    @APIResponse(responseCode = "200", description = "One page of editorial article summaries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticlePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "Only articles in this status: draft, published, unpublished or deleted; repeat it (or separate with commas) for several. "
                    + "Without it: draft, published and unpublished; deleted articles only when asked for.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "draft")
            @QueryParam("status") List<String> status,
            @Parameter(description = "Section slug; a section also lists its direct subsections.",
                    schema = @Schema(pattern = RequestParams.SLUG_PATTERN, maxLength = 200), example = "international")
            @QueryParam("section") String section,
            @Parameter(description = "Page size; more than 100 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        EditorialArticleQuery query = EditorialArticleQuery.parse(status, section, limit, cursor);
        ArticleEditorialService.Page page = articles.list(query);
        String nextCursor = page.next() == null ? null : page.next().encode();
        PageLinks links = Paging.links(uri, nextCursor);
        return Paging.ok(new EditorialArticlePage(page.items(), new PageMeta(query.limit(), nextCursor), links), links);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Create a draft",
            description = "Creates an article as a draft: readers see nothing until a publisher publishes it. "
                    + "Body HTML is sanitized; headline and standfirst lose any markup. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "The new draft.",
            headers = @Header(name = "Location", description = "The draft's editorial URL.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid ArticleCreateRequest request) {
        Versioned<EditorialArticle> created = articles.create(request, editor());
        return created.toResponse(Response.created(URI.create("/api/v1/editorial/articles/" + created.body().id())));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEditorialArticle", summary = "Get an article in any state",
            description = "Drafts, scheduled, live, expired, unpublished and deleted articles alike, with the ETag "
                    + "to send as If-Match when changing it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The article's id.") @PathParam("id") String id) {
        return articles.get(uuid(id))
                .toResponse(Response.ok());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateArticle", summary = "Replace an article's content",
            description = "Replaces the whole editable content and records a revision: edited, or correction (needs "
                    + "a note). A minor edit does not move readers' updatedAt. Drafts: editor role; published "
                    + "articles: publisher role. With draft true, a published article keeps what readers see and "
                    + "the content becomes its pending draft (editor role). While a pending draft exists, a change "
                    + "without draft true is refused with 409 PENDING_DRAFT until the draft is published or "
                    + "discarded.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = "The article's id.") @PathParam("id") String id,
                           @Parameter(description = IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ArticleUpdateRequest request) {
        return articles.update(uuid(id), EntityTags.parseIfMatch(ifMatch), request, editor())
                .toResponse(Response.ok());
    }

    @PATCH
    @Path("{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchArticle", summary = "Change some fields (JSON Merge Patch)",
            description = "An RFC 7396 merge patch over the ArticleUpdateRequest document the article fills now "
                    + "(minor, correction and draft false, no note): members replace, null removes. The result is "
                    + "validated like a PUT body. With draft true and a pending draft, the patch applies to the "
                    + "pending draft's content instead. Same roles and pending-draft rules as updateArticle.")
    @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
            description = "Members of ArticleUpdateRequest to change.",
            example = "{\"headline\": \"Port strike ends after nine days\", \"minor\": true}")))
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response patch(@Parameter(description = "The article's id.") @PathParam("id") String id,
                          @Parameter(description = IF_MATCH_DESCRIPTION, required = true)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull JsonNode patch) {
        return articles.patch(uuid(id), EntityTags.parseIfMatch(ifMatch), patch, editor())
                .toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "deleteArticle", summary = "Delete an article (tombstone)",
            description = "Marks the article deleted. Readers who saw it get 410 Gone; its id and slug stay taken "
                    + "and its history stays. Publisher role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@Parameter(description = "The article's id.") @PathParam("id") String id,
                           @Parameter(description = IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        articles.delete(uuid(id), EntityTags.parseIfMatch(ifMatch), editor());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishArticle", summary = "Publish now or schedule",
            description = "Publishes a draft or republishes an unpublished article, now or at publishAt, "
                    + "optionally until expiresAt. Schedules are decided when readers ask, so every instance agrees "
                    + "without a job. A pending draft is applied first. On a published article, publishes its "
                    + "pending draft now (revision kind published; a scheduled article's when it goes live): "
                    + "publishAt and expiresAt are then refused (422), and without a pending draft it is a 409. "
                    + "The body may be omitted. Publisher role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The published or scheduled article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response publish(@Parameter(description = "The article's id.") @PathParam("id") String id,
                            @Parameter(description = IF_MATCH_DESCRIPTION, required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid ArticlePublishRequest request) {
        return articles.publish(uuid(id), EntityTags.parseIfMatch(ifMatch), request, editor())
                .toResponse(Response.ok());
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unpublishArticle", summary = "Take a published article down",
            description = "Readers who saw it get 410 Gone; a scheduled article that never went live stays unseen "
                    + "(404). It can be published again. The body may be omitted. Publisher role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The unpublished article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response unpublish(@Parameter(description = "The article's id.") @PathParam("id") String id,
                              @Parameter(description = IF_MATCH_DESCRIPTION, required = true)
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid ArticleUnpublishRequest request) {
        String note = request == null ? null : request.note();
        return articles.unpublish(uuid(id), EntityTags.parseIfMatch(ifMatch), note, editor())
                .toResponse(Response.ok());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(operationId = "listEditorialRevisions", summary = "List every revision",
            description = "All revisions of the article, drafts included, with who saved them. Editor role.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialRevisionList.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EditorialRevisionList revisions(@Parameter(description = "The article's id.") @PathParam("id") String id) {
        UUID articleId = uuid(id);
        articles.requireExists(articleId);
        return revisions.all(articleId);
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(operationId = "getEditorialRevision", summary = "Get one revision with its full content",
            description = "The revision and the complete content snapshot it saved. Editor role.")
    @APIResponse(responseCode = "200", description = "The revision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RevisionDetail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RevisionDetail revision(@Parameter(description = "The article's id.") @PathParam("id") String id,
                                   @Parameter(description = "The revision number.",
                                           schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                                   @PathParam("number") String number) {
        return revisions.detail(uuid(id), revisionNumber(number));
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Operation(operationId = "restoreRevision", summary = "Restore a revision's content",
            description = "Copies the content of an earlier revision into the article as a new revision (kind "
                    + "edited, note \"Restored revision N\"); the workflow state stays. On a published article (or "
                    + "one with a pending draft) the restored content becomes the pending draft and readers keep "
                    + "what they see until a publisher publishes it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The article with the restored content, or with it as pending draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response restore(@Parameter(description = "The article's id.") @PathParam("id") String id,
                            @Parameter(description = "The revision number.",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                            @PathParam("number") String number,
                            @Parameter(description = IF_MATCH_DESCRIPTION, required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return articles.restore(uuid(id), revisionNumber(number),
                EntityTags.parseIfMatch(ifMatch), editor())
                .toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}/draft")
    @Operation(operationId = "discardPendingDraft", summary = "Discard the pending draft",
            description = "Drops the article's pending draft. Readers' content never changed; the draft's revision "
                    + "stays in the history and a revision (kind edited, note \"Discarded draft revision N\") "
                    + "records the discard. 404 when there is no pending draft. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The article without a pending draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response discardDraft(@Parameter(description = "The article's id.") @PathParam("id") String id,
                                 @Parameter(description = IF_MATCH_DESCRIPTION, required = true)
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return articles.discardDraft(uuid(id), EntityTags.parseIfMatch(ifMatch), editor())
                .toResponse(Response.ok());
    }

    @GET
    @Path("{id}/preview")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = OpenApiDefinition.API_KEY))
    @SecurityRequirementsSet // or no key at all, with a preview token
    @Operation(operationId = "previewArticle", summary = "Preview an article as readers would get it",
            description = "The article in exactly the delivery representation (getArticle), whatever its state; "
                    + "with a pending draft, the draft's content (the delivery API keeps serving the live one). "
                    + "Authorized by an API key, or without one by a preview token from createPreviewToken.")
    @APIResponse(responseCode = "200", description = "The article as the delivery API would serve it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ArticleResponse preview(@Parameter(description = "The article's id.") @PathParam("id") String id,
                                   @Parameter(description = "A preview token for this article, instead of an API key.")
                                   @QueryParam("token") String token) {
        UUID articleId = uuid(id);
        if (token != null) {
            previewTokens.verify(token, articleId);
        } else if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return articles.preview(articleId);
    }

    @POST
    @Path("{id}/preview-tokens")
    @Operation(operationId = "createPreviewToken", summary = "Create a preview link",
            description = "A signed token that lets a front end fetch previewArticle for this one article, without "
                    + "an API key, until it expires. Editor role.")
    @APIResponse(responseCode = "201", description = "The token and the path to use it with.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreviewToken.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response createPreviewToken(@Parameter(description = "The article's id.") @PathParam("id") String id) {
        UUID articleId = uuid(id);
        articles.requireExists(articleId);
        PreviewTokens.Issued issued = previewTokens.issue(articleId);
        String path = "/api/v1/editorial/articles/" + articleId + "/preview?token=" + issued.token();
        return Response.status(Response.Status.CREATED)
                .entity(new PreviewToken(issued.token(), time.format(issued.expiresAt()), path)).build();
    }

    private Editor editor() {
        return Editor.of(identity);
    }

    private static UUID uuid(String id) {
        return RequestParams.requireUuid("id", id);
    }

    private static int revisionNumber(String number) {
        RequestParams params = new RequestParams();
        int parsed = params.intInRange("number", number, 0, 1, Integer.MAX_VALUE);
        params.throwIfInvalid();
        return parsed;
    }
}
