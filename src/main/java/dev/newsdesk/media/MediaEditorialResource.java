package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaRequest;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.OpenApiDefinition;
import dev.newsdesk.web.RequestParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
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
    @APIResponse(responseCode = "201", description = "The new media asset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid MediaRequest request) {
        MediaResponse created = media.create(request);
        return Response.created(URI.create("/api/v1/media/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "updateMedia", summary = "Replace a media asset",
            description = "Replaces every field of the media asset. Editor role.")
    @APIResponse(responseCode = "200", description = "The changed media asset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public MediaResponse update(@Parameter(description = "The media asset's id.") @PathParam("id") String id,
                         @NotNull @Valid MediaRequest request) {
        return media.update(RequestParams.requireUuid("id", id), request);
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
    public void delete(@Parameter(description = "The media asset's id.") @PathParam("id") String id) {
        media.delete(RequestParams.requireUuid("id", id));
    }
}
