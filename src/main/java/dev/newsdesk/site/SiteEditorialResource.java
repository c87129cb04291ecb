package dev.newsdesk.site;

import dev.newsdesk.security.Role;
import dev.newsdesk.site.api.EditorialSiteResponse;
import dev.newsdesk.site.api.SiteResponse;
import dev.newsdesk.site.api.SiteUpdateRequest;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @GET
    @Operation(operationId = "getEditorialSite", summary = "Get the site settings to edit, with their ETag",
            description = "The settings in the shape PUT takes (menu entries by section slug, as stored) and the ETag "
                    + "to send as If-Match: read, change what you need, send it back. Admin role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The stored site settings.",
            content = @Content(schema = @Schema(implementation = EditorialSiteResponse.class)))
    public Response get() {
        return site.getEditorial().toResponse(Response.ok());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSite", summary = "Replace the site settings",
            description = "Name, base URL, default language, the whole navigation menu and every notice at once: "
                    + "what is sent replaces what was there, so send back what GET gave with your change. Each menu "
                    + "entry points to a section (by slug) or to a URL, and nests at most three levels deep. Admin "
                    + "role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The site settings as readers now get them.",
            content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response update(@Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid SiteUpdateRequest request) {
        return site.update(EntityTags.parseIfMatch(ifMatch), request).toResponse(Response.ok());
    }
}
