package dev.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.api.ArticleCreateRequest;
import dev.newsdesk.article.api.ArticleUpdateRequest;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.EditorialArticlePage;
import dev.newsdesk.article.revision.api.EditorialRevisionList;
import dev.newsdesk.article.revision.api.RevisionDetail;
import dev.newsdesk.security.Editor;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.request.JsonMergePatch;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Articles as the newsroom writes them: the list in any state, their content and its history of revisions. What
 * readers get (previews, publishing, unpublishing, deleting) is {@link ArticleWorkflowResource}, under the same path.
 */
@Path("/api/v1/editorial/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial articles")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.EDITOR_NAME)
public class ArticleEditorialResource {

    private final ArticleEditorialService articles;
    private final ArticleContentService content;
    private final SecurityIdentity identity;

    public ArticleEditorialResource(ArticleEditorialService articles, ArticleContentService content,
                                    SecurityIdentity identity) {
        this.articles = articles;
        this.content = content;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listEditorialArticles", summary = "List articles in any state",
            description = "Drafts, published, unpublished and (on request) deleted articles, most recently updated "
                    + "first, with whether each has a pending draft. Pages are keyset-based: follow links.next (or "
                    + "the Link header) until it is null. Editor role.")
    @APIResponse(responseCode = "200", description = "One page of editorial article summaries.",
            content = @Content(schema = @Schema(implementation = EditorialArticlePage.class)))
    public EditorialArticlePage list(@BeanParam EditorialArticleListParams params, @Context UriInfo uri) {
        return articles.list(params.query(), PageAddress.of(uri));
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
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid ArticleCreateRequest request) {
        Versioned<EditorialArticle> created = content.create(request, editor());
        return created.toResponse(Response.created(URI.create("/api/v1/editorial/articles/" + created.body().id())));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEditorialArticle", summary = "Get an article in any state",
            description = "Drafts, scheduled, live, expired, unpublished and deleted articles alike, with the ETag "
                    + "to send as If-Match when changing it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    public Response get(@Parameter(description = "The article's id.") @PathParam("id") UUID id) {
        return articles.get(id).toResponse(Response.ok());
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
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@BeanParam ArticleChangeParams article, @NotNull @Valid ArticleUpdateRequest request) {
        return content.update(article.id(), article.expected(), request, editor()).toResponse(Response.ok());
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
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response patch(@BeanParam ArticleChangeParams article, @NotNull JsonNode patch) {
        return content.patch(article.id(), article.expected(), patch, editor()).toResponse(Response.ok());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(operationId = "listEditorialRevisions", summary = "List every revision",
            description = "All revisions of the article, drafts included, with who saved them. Editor role.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.",
            content = @Content(schema = @Schema(implementation = EditorialRevisionList.class)))
    public EditorialRevisionList revisions(@Parameter(description = "The article's id.") @PathParam("id") UUID id) {
        return articles.revisions(id);
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(operationId = "getEditorialRevision", summary = "Get one revision with its full content",
            description = "The revision and the complete content snapshot it saved. Editor role.")
    @APIResponse(responseCode = "200", description = "The revision.",
            content = @Content(schema = @Schema(implementation = RevisionDetail.class)))
    public RevisionDetail revision(@Parameter(description = "The article's id.") @PathParam("id") UUID id,
                                   @Parameter(description = "The revision number.") @PathParam("number") @Min(1)
                                   int number) {
        return articles.revision(id, number);
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
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response restore(@BeanParam ArticleChangeParams article,
                            @Parameter(description = "The revision number.") @PathParam("number") @Min(1) int number) {
        return content.restore(article.id(), number, article.expected(), editor()).toResponse(Response.ok());
    }

    private Editor editor() {
        return Editor.of(identity);
    }
}
