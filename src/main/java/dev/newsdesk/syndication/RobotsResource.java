package dev.newsdesk.syndication;

import dev.newsdesk.web.cache.HttpCaching;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** robots.txt at the root, where crawlers look for it: what they may read and where the sitemap index is. */
@Path(HttpCaching.ROBOTS)
@Tag(name = "Sitemaps")
public class RobotsResource {

    static final String EXAMPLE = "User-agent: *\nDisallow: /api/v1/editorial/\nDisallow: /q/\n\n"
            + "Sitemap: https://news.example.com/api/v1/sitemaps/index.xml\n";

    private final SitemapService sitemaps;

    public RobotsResource(SitemapService sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GET
    @Operation(operationId = "getRobotsTxt", summary = "robots.txt",
            description = "For every crawler: the editorial API and Quarkus' own endpoints (/q/) are disallowed, "
                    + "everything else allowed, and the sitemap index is named by its absolute URL (from "
                    + "newsdesk.syndication.public-url, else the site's baseUrl). Cached like every public read "
                    + "(kind robots), served as text/plain whatever Accept says.")
    @APIResponse(responseCode = "200", description = "The robots exclusion rules (RFC 9309) with a Sitemap line.",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    example = EXAMPLE))
    public Response robots() {
        return Response.ok(sitemaps.robots().body(), SitemapService.ROBOTS_MEDIA_TYPE).build();
    }
}
