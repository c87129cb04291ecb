package dev.newsdesk.webhook;

import dev.newsdesk.security.Role;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.request.RequestParams;
import dev.newsdesk.webhook.api.WebhookCreateRequest;
import dev.newsdesk.webhook.api.WebhookDeliveryPage;
import dev.newsdesk.webhook.api.WebhookList;
import dev.newsdesk.webhook.api.WebhookMessageResponse;
import dev.newsdesk.webhook.api.WebhookResponse;
import dev.newsdesk.webhook.api.WebhookUpdateRequest;
import dev.newsdesk.webhook.api.WebhookWithSecret;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(WebhookResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.ADMIN_NAME)
public class WebhookResource {

    static final String PATH = "/api/v1/editorial/webhooks";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = "The endpoint receives every later change that matches its event types, signed per the "
                    + "Standard Webhooks specification. The URL must be http or https, without a user name, and "
                    + "must not denote or resolve to a loopback, private, link-local, multicast or other special "
                    + "address (in any spelling); a 422 names /url otherwise. The signing secret is in this response "
                    + "only. Admin role.")
    @APIResponse(responseCode = "201", description = "The endpoint and its secret.",
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid WebhookCreateRequest request) {
        WebhookWithSecret created = webhooks.create(request);
        return Response.created(URI.create(PATH + "/" + created.webhook().id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook endpoints",
            description = "Every endpoint, oldest first, disabled ones included, without secrets. Admin role.")
    @APIResponse(responseCode = "200", description = "The endpoints.",
            content = @Content(schema = @Schema(implementation = WebhookList.class)))
    public WebhookList list() {
        return webhooks.list();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Get one webhook endpoint",
            description = "The endpoint without its secret; disabledReason tells why deliveries stopped. Admin role.")
    @APIResponse(responseCode = "200", description = "The endpoint.",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public WebhookResponse get(@Parameter(description = "The endpoint's id.") @PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook endpoint",
            description = "Replaces URL, event types, description and enabled; the secret stays (see "
                    + "rotateWebhookSecret). Enabling a disabled endpoint resumes it where it stopped. Admin role.")
    @APIResponse(responseCode = "200", description = "The changed endpoint.",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public WebhookResponse update(@Parameter(description = "The endpoint's id.") @PathParam("id") UUID id,
                                  @NotNull @Valid WebhookUpdateRequest request) {
        return webhooks.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
            description = "Deliveries stop at once; its pending messages and delivery log are deleted. Admin role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "The endpoint's id.") @PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's signing secret",
            description = "A new secret, in this response only. The previous one keeps signing beside it (two v1 "
                    + "signatures in webhook-signature) until previousSecretSignsUntil. Admin role.")
    @APIResponse(responseCode = "200", description = "The endpoint and its new secret.",
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    public WebhookWithSecret rotate(@Parameter(description = "The endpoint's id.") @PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log",
            description = "Every attempt, the latest first: outcome, HTTP status, duration, the first characters of "
                    + "the answer, or why nothing was sent. Paged by cursor (links.next, also the Link header): "
                    + "attempts logged while a client pages never shift the pages it has not read yet. Admin role.")
    @APIResponse(responseCode = "200", description = "One page of attempts.",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryPage.class)))
    public WebhookDeliveryPage deliveries(
            @Parameter(description = "The endpoint's id.") @PathParam("id") UUID id,
            @Parameter(description = "Page size; more than 100 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT,
                            defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page of this "
                    + "endpoint's log.")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        RequestParams params = new RequestParams();
        int size = params.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        params.throwIfInvalid();
        return webhooks.deliveries(id, cursor, size, PageAddress.of(uri));
    }

    @POST
    @Path("{id}/messages/{messageId}/redeliver")
    @Operation(operationId = "redeliverWebhookMessage", summary = "Send a message again",
            description = "Queues the message (delivered or not) for an attempt now, with the same webhook-id and "
                    + "body and a fresh timestamp and signature. Admin role.")
    @APIResponse(responseCode = "202", description = "Queued.",
            content = @Content(schema = @Schema(implementation = WebhookMessageResponse.class)))
    public Response redeliver(@Parameter(description = "The endpoint's id.") @PathParam("id") UUID id,
                              @Parameter(description = "The message's id, as in the delivery log.")
                              @PathParam("messageId") String messageId) {
        return Response.accepted(webhooks.redeliver(id, messageId)).build();
    }
}
