package dev.newsdesk.collection;

import dev.newsdesk.collection.api.CollectionCreateRequest;
import dev.newsdesk.collection.api.CollectionItemAddRequest;
import dev.newsdesk.collection.api.CollectionItemsRequest;
import dev.newsdesk.collection.api.EditorialCollection;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.openapi.OpenApiDefinition;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editorial/collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial collections")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.ADMIN_NAME)
public class CollectionEditorialResource {

    private final CollectionService collections;

    public CollectionEditorialResource(CollectionService collections) {
        this.collections = collections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCollection", summary = "Create a curated collection",
            description = "A new collection, site-wide or for one section, optionally with its first articles in "
                    + "order. Admin role.")
    @APIResponse(responseCode = "201", description = "The new collection.",
            content = @Content(schema = @Schema(implementation = EditorialCollection.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid CollectionCreateRequest request) {
        EditorialCollection created = collections.create(request);
        return Response.created(URI.create("/api/v1/collections/" + created.slug())).entity(created).build();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getEditorialCollection", summary = "Get a collection as editors see it",
            description = "Every article of the collection in order, with its status and whether readers see it "
                    + "now. Admin role.")
    @APIResponse(responseCode = "200", description = "The collection.",
            content = @Content(schema = @Schema(implementation = EditorialCollection.class)))
    public EditorialCollection get(@Parameter(description = "The collection's slug.", example = "editors-pick")
                                   @PathParam("slug") String slug) {
        return collections.getForEditors(slug);
    }

    @PUT
    @Path("{slug}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCollectionItems", summary = "Reorder a collection",
            description = "The list sent becomes the collection: reorder, add and remove in one request. Admin role.")
    @APIResponse(responseCode = "200", description = "The collection.",
            content = @Content(schema = @Schema(implementation = EditorialCollection.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public EditorialCollection replaceItems(
            @Parameter(description = "The collection's slug.", example = "editors-pick") @PathParam("slug") String slug,
            @NotNull @Valid CollectionItemsRequest request) {
        return collections.replaceItems(slug, request);
    }

    @POST
    @Path("{slug}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCollectionItem", summary = "Add an article to a collection",
            description = "At the given 0-based position, or at the end. Admin role.")
    @APIResponse(responseCode = "200", description = "The collection.",
            content = @Content(schema = @Schema(implementation = EditorialCollection.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public EditorialCollection addItem(
            @Parameter(description = "The collection's slug.", example = "editors-pick") @PathParam("slug") String slug,
            @NotNull @Valid CollectionItemAddRequest request) {
        return collections.addItem(slug, request);
    }

    @DELETE
    @Path("{slug}/items/{articleId}")
    @Operation(operationId = "removeCollectionItem", summary = "Remove an article from a collection",
            description = "The article itself is not touched. Admin role.")
    @APIResponse(responseCode = "200", description = "The collection.",
            content = @Content(schema = @Schema(implementation = EditorialCollection.class)))
    public EditorialCollection removeItem(
            @Parameter(description = "The collection's slug.", example = "editors-pick") @PathParam("slug") String slug,
            @Parameter(description = "The article's id.") @PathParam("articleId") UUID articleId) {
        return collections.removeItem(slug, articleId);
    }

    @DELETE
    @Path("{slug}")
    @Operation(operationId = "deleteCollection", summary = "Delete a collection",
            description = "The collection goes; its articles stay. Admin role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "The collection's slug.", example = "editors-pick")
                       @PathParam("slug") String slug) {
        collections.delete(slug);
    }
}
