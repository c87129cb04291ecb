package dev.newsdesk.site;

import dev.newsdesk.security.Role;
import dev.newsdesk.site.api.SiteResponse;
import dev.newsdesk.site.api.SiteUpdateRequest;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editorial/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial site")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.ADMIN_NAME)
public class SiteEditorialResource {

    private final SiteService site;

    public SiteEditorialResource(SiteService site) {
        this.site = site;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSite", summary = "Replace the site settings",
            description = "Name, base URL, default language, the whole navigation menu and every notice at once. "
                    + "Each menu entry points to a section (by slug) or to a URL, and nests at most three levels "
                    + "deep. Admin role.")
    @APIResponse(responseCode = "200", description = "The site settings as readers now get them.",
            content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SiteResponse update(@NotNull @Valid SiteUpdateRequest request) {
        return site.update(request);
    }
}
