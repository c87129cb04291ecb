package dev.newsdesk.edition;

import dev.newsdesk.edition.api.EditionsResponse;
import dev.newsdesk.edition.api.EditionsUpdateRequest;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editorial/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial editions")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.ADMIN_NAME)
public class EditionEditorialResource {

    private final EditionService editions;

    public EditionEditorialResource(EditionService editions) {
        this.editions = editions;
    }

    @GET
    @Operation(operationId = "getEditorialEditions", summary = "Get the editions to edit, with their ETag",
            description = "The languages the newsroom publishes in, each with its fallback, and the default one, "
                    + "with the ETag to send as If-Match. Admin role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The editions.",
            content = @Content(schema = @Schema(implementation = EditionsResponse.class)))
    public Response get() {
        return editions.getEditorial().toResponse(Response.ok());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEditions", summary = "Replace the editions",
            description = "Every edition at once (BCP 47 language, optional fallback to another edition) and the "
                    + "default one. A fallback that names no edition, or fallbacks that loop (ko -> ja -> ko), are "
                    + "a 422 naming the field; so is a default that is no edition. The site's defaultLanguage "
                    + "follows the default edition. Admin role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The editions as readers now get them.",
            content = @Content(schema = @Schema(implementation = EditionsResponse.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid EditionsUpdateRequest request) {
        return editions.update(EntityTags.parseIfMatch(ifMatch), request).toResponse(Response.ok());
    }
}
