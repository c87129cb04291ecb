package dev.newsdesk.author;

import dev.newsdesk.author.api.AuthorRequest;
import dev.newsdesk.author.api.AuthorResponse;
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

@Path(AuthorEditorialResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial authors")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
public class AuthorEditorialResource {

    static final String PATH = "/api/v1/editorial/authors";
    private static final String ID = "The author's id.";

    private final ReferenceEditing editing;
    private final AuthorEditing authors;

    public AuthorEditorialResource(ReferenceEditing editing, AuthorEditing authors) {
        this.editing = editing;
        this.authors = authors;
    }

    @POST
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "createAuthor", summary = "Create an author",
            description = "A new author for bylines. Publisher role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "The new author.",
            content = @Content(schema = @Schema(implementation = AuthorResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid AuthorRequest request) {
        Versioned<AuthorResponse> created = editing.create(authors, request);
        return created.toResponse(Response.created(URI.create(PATH + "/" + created.body().id())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(operationId = "getEditorialAuthor", summary = "Get an author with its ETag",
            description = "The author and the ETag to send as If-Match when changing or deleting it. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The author.",
            content = @Content(schema = @Schema(implementation = AuthorResponse.class)))
    public Response get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return editing.get(authors, id).toResponse(Response.ok());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.PUBLISHER_NAME)
    @Operation(operationId = "updateAuthor", summary = "Replace an author",
            description = "Replaces every field of the author. Publisher role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed author.",
            content = @Content(schema = @Schema(implementation = AuthorResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = ID) @PathParam("id") UUID id,
                           @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid AuthorRequest request) {
        return editing.update(authors, id, EntityTags.parseIfMatch(ifMatch), request).toResponse(Response.ok());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteAuthor", summary = "Delete an unused author",
            description = "An author credited on any article (deleted ones included) cannot be deleted: 409. Admin role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(description = ID) @PathParam("id") UUID id,
                       @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editing.delete(authors, id, EntityTags.parseIfMatch(ifMatch));
    }
}
