package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaPage;
import dev.newsdesk.media.api.MediaRequest;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.reference.ReferenceEditing;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(MediaEditorialResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial media")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
public class MediaEditorialResource {

    static final String PATH = "/api/v1/editorial/media";
    private static final String ID = "The media asset's id.";

    private final ReferenceEditing editing;
    private final MediaEditing media;
    private final MediaService service;

    public MediaEditorialResource(ReferenceEditing editing, MediaEditing media, MediaService service) {
        this.editing = editing;
        this.media = media;
        this.service = service;
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "createMedia", summary = "Create a media asset",
            description = "Metadata and URL of a photo, video, audio or graphic hosted elsewhere. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "The new media asset.",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid MediaRequest request) {
        Versioned<MediaResponse> created = editing.create(media, request);
        return created.toResponse(Response.created(URI.create(PATH + "/" + created.body().id())));
    }

    @GET
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "listEditorialMedia", summary = "List media assets with their rights status",
            description = "Every media asset, newest first, with its rights status now (active, pending, expired), "
                    + "whatever the delivery API shows; rights= keeps only assets in some states. Pages are "
                    + "keyset-based: follow links.next until it is null. Editor role.")
    @APIResponse(responseCode = "200", description = "One page of media assets.",
            content = @Content(schema = @Schema(implementation = MediaPage.class)))
    public MediaPage list(
            @Parameter(description = "Only assets in this rights state: active, pending or expired (the rightsStatus "
                    + "now), or none (no usage terms and no window recorded; such assets are shown as active). "
                    + "Repeat it (or separate with commas) for several; any of them matches. Without it: every asset.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "expired")
            @QueryParam("rights") List<String> rights,
            @Parameter(description = "Page size; more than 100 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return service.listForEditors(MediaListQuery.parse(rights, limit, cursor), PageAddress.of(uri));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "getEditorialMedia", summary = "Get a media asset with its ETag",
            description = "The media asset and the ETag to send as If-Match when changing or deleting it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The media asset.",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    public Response get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return editing.get(media, id).toResponse(Response.ok());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "updateMedia", summary = "Replace a media asset",
            description = "Replaces every field of the media asset. Editor role while no published article shows "
                    + "it; after that what readers see changes, so it takes a publisher (403 for an editor).")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed media asset.",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = ID) @PathParam("id") UUID id,
                           @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid MediaRequest request) {
        return editing.update(media, id, EntityTags.parseIfMatch(ifMatch), request).toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "deleteMedia", summary = "Delete an unused media asset",
            description = "A media asset used by any article, as lead media or in its body, cannot be deleted: 409. Publisher role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(description = ID) @PathParam("id") UUID id,
                       @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.delete(media, id, EntityTags.parseIfMatch(ifMatch));
    }
}
