package dev.newsdesk.routing;

import dev.newsdesk.routing.api.ResolvedPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
public class ResolveResource {

    private static final String CURRENT = "{\"type\":\"article\",\"id\":\"fcba8de1-5c54-3612-9ac0-26597f40c8d2\","
            + "\"canonicalPath\":\"/international/pacific-ports-agree-common-emissions-reporting\","
            + "\"canonicalUrl\":\"https://herald.example.com/international/pacific-ports-agree-common-emissions-reporting\","
            + "\"apiPath\":\"/api/v1/articles/fcba8de1-5c54-3612-9ac0-26597f40c8d2\",\"redirect\":null}";
    private static final String MOVED = "{\"type\":\"article\",\"id\":\"fcba8de1-5c54-3612-9ac0-26597f40c8d2\","
            + "\"canonicalPath\":\"/international/pacific-ports-agree-common-emissions-reporting\","
            + "\"canonicalUrl\":\"https://herald.example.com/international/pacific-ports-agree-common-emissions-reporting\","
            + "\"apiPath\":\"/api/v1/articles/fcba8de1-5c54-3612-9ac0-26597f40c8d2\",\"redirect\":{\"status\":301,"
            + "\"location\":\"/international/pacific-ports-agree-common-emissions-reporting\"}}";

    private final ResolveService resolver;

    public ResolveResource(ResolveService resolver) {
        this.resolver = resolver;
    }

    @GET
    @Operation(operationId = "resolvePath", summary = "Resolve a site path",
            description = "What a front end's router asks for every path it receives: the type and id of the page "
                    + "(article, section, author, tag or collection), its canonical path and absolute URL and where "
                    + "the delivery API serves it. An old path (a former slug of the article, section, author or tag, "
                    + "an article's former section, a trailing slash) answers 200 as well, with redirect set: the "
                    + "front end answers the browser with redirect.status and Location redirect.location, always "
                    + "the current path in one hop. Page paths: sections /{section}[/{subsection}...], articles "
                    + "{section path}/{slug}, authors /authors/{slug}, tags /tags/{slug}, collections "
                    + "/collections/{slug}. 404: no page has (or ever had) the path, or it was never published. "
                    + "410: readers saw the page once; the article was unpublished, expired or deleted (its code "
                    + "says which), or the section, author, tag or collection was deleted (code GONE).")
    @APIResponse(responseCode = "200", description = "The page the path shows, or a redirect to its current path.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResolvedPath.class),
                    examples = {@ExampleObject(name = "current", value = CURRENT),
                            @ExampleObject(name = "formerSlug", summary = "The article's old path", value = MOVED)}))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public ResolvedPath resolve(
            @Parameter(required = true, description = "The site path as the front end received it, without query "
                    + "or fragment; it must start with /. At most 2048 characters.",
                    example = "/international/pacific-ports-agree-common-emissions-reporting",
                    schema = @Schema(maxLength = SitePath.MAX_LENGTH))
            @QueryParam("path") String path) {
        return resolver.resolve(path);
    }
}
