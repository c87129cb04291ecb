package dev.newsdesk.tag;

import dev.newsdesk.tag.api.TagRequest;
import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.reference.ReferenceEditing;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(TagEditorialResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial tags")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
public class TagEditorialResource {

    static final String PATH = "/api/v1/editorial/tags";
    private static final String ID = "The tag's id.";

    private final ReferenceEditing editing;
    private final TagEditing tags;

    public TagEditorialResource(ReferenceEditing editing, TagEditing tags) {
        this.editing = editing;
        this.tags = tags;
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "createTag", summary = "Create a tag",
            description = "A new topic, person, organization or place tag. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "The new tag.",
            content = @Content(schema = @Schema(implementation = TagResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid TagRequest request) {
        Versioned<TagResponse> created = editing.create(tags, request);
        return created.toResponse(Response.created(URI.create(PATH + "/" + created.body().id())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "getEditorialTag", summary = "Get a tag with its ETag",
            description = "The tag and the ETag to send as If-Match when changing or deleting it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The tag.",
            content = @Content(schema = @Schema(implementation = TagResponse.class)))
    public Response get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return editing.get(tags, id).toResponse(Response.ok());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "updateTag", summary = "Replace a tag",
            description = "Replaces every field of the tag. Editor role while no published article shows it; "
                    + "after that a rename is what readers see, so it takes a publisher (403 for an editor).")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed tag.",
            content = @Content(schema = @Schema(implementation = TagResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = ID) @PathParam("id") UUID id,
                           @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TagRequest request) {
        return editing.update(tags, id, EntityTags.parseIfMatch(ifMatch), request).toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "deleteTag", summary = "Delete an unused tag",
            description = "A tag still on any article (deleted ones included) cannot be deleted: 409. Publisher role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(description = ID) @PathParam("id") UUID id,
                       @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.delete(tags, id, EntityTags.parseIfMatch(ifMatch));
    }
}
