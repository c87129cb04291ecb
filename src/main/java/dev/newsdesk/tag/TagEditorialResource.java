package dev.newsdesk.tag;

import dev.newsdesk.tag.api.TagRequest;
import dev.newsdesk.tag.api.TagResponse;
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

@Path("/api/v1/editorial/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial tags")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class TagEditorialResource {

    private final TagEditorialService tags;

    public TagEditorialResource(TagEditorialService tags) {
        this.tags = tags;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "createTag", summary = "Create a tag",
            description = "A new topic, person, organization or place tag. Editor role.")
    @APIResponse(responseCode = "201", description = "The new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagResponse.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid TagRequest request) {
        TagResponse created = tags.create(request);
        return Response.created(URI.create("/api/v1/tags/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "updateTag", summary = "Replace a tag",
            description = "Replaces every field of the tag. Editor role.")
    @APIResponse(responseCode = "200", description = "The changed tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagResponse.class)))
    @APIResponse(responseCode = "400", ref = "MalformedBody")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public TagResponse update(@Parameter(description = "The tag's id.") @PathParam("id") String id,
                         @NotNull @Valid TagRequest request) {
        return tags.update(RequestParams.requireUuid("id", id), request);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "deleteTag", summary = "Delete an unused tag",
            description = "A tag still on any article (deleted ones included) cannot be deleted: 409. Publisher role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(description = "The tag's id.") @PathParam("id") String id) {
        tags.delete(RequestParams.requireUuid("id", id));
    }
}
