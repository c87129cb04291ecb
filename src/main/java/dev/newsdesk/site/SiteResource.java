package dev.newsdesk.site;

import dev.newsdesk.edition.EditionParams;
import dev.newsdesk.site.api.SiteResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class SiteResource {

    private final SiteService site;

    public SiteResource(SiteService site) {
        this.site = site;
    }

    @GET
    @Operation(operationId = "getSite", summary = "Get the site settings and navigation",
            description = "Everything a page frame needs: site name and base URL, default language, the newsroom's "
                    + "time zone, the ordered and nested navigation menu, and notices such as the cookie consent: the "
                    + "name, menu labels, section names and notices in the edition asked for (Content-Language says "
                    + "which; a missing text falls back along the edition's chain, then to the default edition).")
    @APIResponse(responseCode = "200", description = "The site settings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SiteResponse.class)))
    public SiteResponse get(@BeanParam EditionParams edition) {
        return site.get(edition.lang, edition.acceptLanguage);
    }
}
