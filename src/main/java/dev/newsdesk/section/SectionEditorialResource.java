package dev.newsdesk.section;

import dev.newsdesk.section.api.SectionRequest;
import dev.newsdesk.section.api.EditorialSection;
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

@Path(SectionEditorialResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial sections")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
public class SectionEditorialResource {

    static final String PATH = "/api/v1/editorial/sections";
    private static final String ID = "The section's id.";

    private final ReferenceEditing editing;
    private final SectionEditing sections;

    public SectionEditorialResource(ReferenceEditing editing, SectionEditing sections) {
        this.editing = editing;
        this.sections = sections;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createSection", summary = "Create a section",
            description = "A new section, optionally inside a parent section. Admin role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "The new section.",
            content = @Content(schema = @Schema(implementation = EditorialSection.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid SectionRequest request) {
        Versioned<EditorialSection> created = editing.create(sections, request);
        return created.toResponse(Response.created(URI.create(PATH + "/" + created.body().id())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "getEditorialSection", summary = "Get a section with its ETag",
            description = "The section and the ETag to send as If-Match when changing or deleting it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The section.",
            content = @Content(schema = @Schema(implementation = EditorialSection.class)))
    public Response get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return editing.get(sections, id).toResponse(Response.ok());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateSection", summary = "Replace a section",
            description = "Replaces every field of the section. Admin role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed section.",
            content = @Content(schema = @Schema(implementation = EditorialSection.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = ID) @PathParam("id") UUID id,
                           @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid SectionRequest request) {
        return editing.update(sections, id, EntityTags.parseIfMatch(ifMatch), request).toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteSection", summary = "Delete an unused section",
            description = "Only a section without articles (deleted ones included) and without subsections can be deleted; otherwise 409. Admin role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(description = ID) @PathParam("id") UUID id,
                       @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.delete(sections, id, EntityTags.parseIfMatch(ifMatch));
    }
}
