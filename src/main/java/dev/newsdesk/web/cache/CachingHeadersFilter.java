package dev.newsdesk.web.cache;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the caching contract of {@link HttpCaching} on every public GET of the contract: the conditional request
 * headers, the caching headers of the 200 answer and the 304 answer. Same path rule as the filters, so an endpoint
 * added later is documented as it behaves.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CachingHeadersFilter implements OASFilter {

    private static final String NOT_MODIFIED = "NotModified";

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("ETag", "Strong validator: a hash of the JSON body, suffixed -gz for the gzip coding. It changes "
                + "exactly when the representation changes, including names of sections, authors, tags and media it "
                + "embeds. Send it back in If-None-Match.");
        HEADERS.put("Last-Modified", "Latest change among the entities the response shows (HTTP-date). Send it back "
                + "in If-Modified-Since; If-None-Match is the more precise validator and wins when both are sent.");
        HEADERS.put("Cache-Control", "public, max-age, stale-while-revalidate and stale-if-error in seconds, "
                + "configured per resource kind (newsdesk.http-cache.kinds.<kind>.*).");
        HEADERS.put("Vary", "Accept, Accept-Encoding.");
        HEADERS.put("Surrogate-Key", "Space-separated keys naming what the response depends on: article:<id>, "
                + "section:<id>, author:<id>, tag:<id>, media:<id>, and the resource kind (such as articles-list). "
                + "Purge a key at the CDN to refresh every cached page that shows that entity.");
        HEADERS.put("Age", "Seconds since this instance rendered the response, when it was served from the "
                + "instance's short-lived cache; caches count it against max-age.");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        HEADERS.forEach((name, description) -> openAPI.getComponents().addHeader(name,
                OASFactory.createHeader().description(description).schema(string())));
        APIResponse notModified = OASFactory.createAPIResponse()
                .description("Not modified: the validator sent in If-None-Match or If-Modified-Since still matches. "
                        + "No body; the caching headers are those the 200 answer would carry.");
        HEADERS.keySet().forEach(name -> notModified.addHeader(name, headerRef(name)));
        openAPI.getComponents().addResponse(NOT_MODIFIED, notModified);

        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if ((path.startsWith(HttpCaching.API_PREFIX) && !HttpCaching.isPrivate(path))
                    || path.equals(HttpCaching.ROBOTS)) {
                document(item);
            }
        });
    }

    private static void document(PathItem item) {
        Operation get = item.getGET();
        if (get == null || get.getResponses() == null || get.getResponses().getAPIResponse("200") == null) {
            return;
        }
        get.addParameter(header("If-None-Match", "ETags of copies the client holds; a match answers 304 without a body.",
                "\"q8bWmV3oY4lB5QxH3L0k9A\""));
        get.addParameter(header("If-Modified-Since", "HTTP-date of the copy the client holds, used only without "
                + "If-None-Match; not modified since then answers 304.", "Thu, 25 Apr 2019 12:08:35 GMT"));
        APIResponse ok = get.getResponses().getAPIResponse("200");
        HEADERS.keySet().forEach(name -> ok.addHeader(name, headerRef(name)));
        get.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref(NOT_MODIFIED));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .description(description).schema(string()).example(example);
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
