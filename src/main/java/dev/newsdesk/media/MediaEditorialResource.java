package dev.newsdesk.media;

import dev.newsdesk.web.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import dev.newsdesk.media.api.MediaRequest;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.web.request.RequestParams;
import dev.newsdesk.web.cache.Versioned;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editorial/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial media")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
public class MediaEditorialResource {

    private final MediaEditorialService media;

    public MediaEditorialResource(MediaEditorialService media) {
        this.media = media;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "createMedia", summary = "Create a media asset",
            description = "Metadata and URL of a photo, video, audio or graphic hosted elsewhere. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "The new media asset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid MediaRequest request) {
        Versioned<MediaResponse> created = media.create(request);
        return created.toResponse(Response.created(URI.create("/api/v1/editorial/media/" + created.body().id())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "getEditorialMedia", summary = "Get a media asset with its ETag",
            description = "The media asset and the ETag to send as If-Match when changing or deleting it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The media asset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The media asset's id.") @PathParam("id") String id) {
        return media.get(RequestParams.requireUuid("id", id)).toResponse(Response.ok());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "updateMedia", summary = "Replace a media asset",
            description = "Replaces every field of the media asset. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed media asset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = "The media asset's id.") @PathParam("id") String id,
                           @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid MediaRequest request) {
        return media.update(RequestParams.requireUuid("id", id), EntityTags.parseIfMatch(ifMatch), request)
                .toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "deleteMedia", summary = "Delete an unused media asset",
            description = "A media asset used by any article, as lead media or in its body, cannot be deleted: 409. Publisher role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(description = "The media asset's id.") @PathParam("id") String id,
                       @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        media.delete(RequestParams.requireUuid("id", id), EntityTags.parseIfMatch(ifMatch));
    }
}
