package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticlePublishRequest;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleUnpublishRequest;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.PreviewToken;
import dev.newsdesk.security.Editor;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What readers get of an article: previews of it (by API key or by a signed link), publishing now or on schedule,
 * unpublishing, deleting, and discarding a pending draft they never saw.
 */
@Path("/api/v1/editorial/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial articles")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.EDITOR_NAME)
public class ArticleWorkflowResource {

    private final ArticleWorkflowService workflow;
    private final PendingDraftService pendingDrafts;
    private final ArticlePreviewService previews;
    private final SecurityIdentity identity;

    public ArticleWorkflowResource(ArticleWorkflowService workflow, PendingDraftService pendingDrafts,
                                   ArticlePreviewService previews, SecurityIdentity identity) {
        this.workflow = workflow;
        this.pendingDrafts = pendingDrafts;
        this.previews = previews;
        this.identity = identity;
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
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response publish(@BeanParam ArticleChangeParams article, @Valid ArticlePublishRequest request) {
        return workflow.publish(article.id(), article.expected(), request, editor()).toResponse(Response.ok());
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
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response unpublish(@BeanParam ArticleChangeParams article, @Valid ArticleUnpublishRequest request) {
        String note = request == null ? null : request.note();
        return workflow.unpublish(article.id(), article.expected(), note, editor()).toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "deleteArticle", summary = "Delete an article (tombstone)",
            description = "Marks the article deleted. Readers who saw it get 410 Gone; its id and slug stay taken "
                    + "and its history stays. Publisher role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@BeanParam ArticleChangeParams article) {
        workflow.delete(article.id(), article.expected(), editor());
    }

    @DELETE
    @Path("{id}/draft")
    @Operation(operationId = "discardPendingDraft", summary = "Discard the pending draft",
            description = "Drops the article's pending draft. Readers' content never changed; the draft's revision "
                    + "stays in the history and a revision (kind edited, note \"Discarded draft revision N\") "
                    + "records the discard. 404 when there is no pending draft. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The article without a pending draft.",
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response discardDraft(@BeanParam ArticleChangeParams article) {
        return pendingDrafts.discard(article.id(), article.expected(), editor()).toResponse(Response.ok());
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
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    public ArticleResponse preview(@Parameter(description = "The article's id.") @PathParam("id") UUID id,
                                   @Parameter(description = "A preview token for this article, instead of an API key.")
                                   @QueryParam("token") String token) {
        return previews.preview(id, token, identity);
    }

    @POST
    @Path("{id}/preview-tokens")
    @Operation(operationId = "createPreviewToken", summary = "Create a preview link",
            description = "A signed token that lets a front end fetch previewArticle for this one article, without "
                    + "an API key, until it expires. Editor role.")
    @APIResponse(responseCode = "201", description = "The token and the path to use it with.",
            content = @Content(schema = @Schema(implementation = PreviewToken.class)))
    public Response createPreviewToken(@Parameter(description = "The article's id.") @PathParam("id") UUID id) {
        return Response.status(Response.Status.CREATED).entity(previews.issueToken(id)).build();
    }

    private Editor editor() {
        return Editor.of(identity);
    }
}
