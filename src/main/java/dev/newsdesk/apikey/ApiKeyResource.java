package dev.newsdesk.apikey;

import dev.newsdesk.apikey.api.ApiKeyCreateRequest;
import dev.newsdesk.apikey.api.ApiKeyCreated;
import dev.newsdesk.apikey.api.ApiKeyList;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editorial/keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.ADMIN_NAME)
public class ApiKeyResource {

    private final ApiKeyService keys;

    public ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "A new key with a name and a role (editor, publisher or admin). The secret is in this "
                    + "response only: the server keeps just its hash. Admin role.")
    @APIResponse(responseCode = "201", description = "The key and its secret.",
            content = @Content(schema = @Schema(implementation = ApiKeyCreated.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid ApiKeyCreateRequest request) {
        return Response.status(Response.Status.CREATED).entity(keys.create(request)).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys",
            description = "Every key, newest first, revoked ones included, without secrets. Admin role.")
    @APIResponse(responseCode = "200", description = "The keys.",
            content = @Content(schema = @Schema(implementation = ApiKeyList.class)))
    public ApiKeyList list() {
        return keys.list();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "The key stops working at once; it stays listed with its revocation time. Admin role.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(@Parameter(description = "The key's id (not its secret).") @PathParam("id") UUID id) {
        keys.revoke(id);
    }
}
