package dev.newsdesk.routing.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolvedPath", description = "What a site path shows. With redirect null, the path asked for is the "
        + "canonical one: render the page of this type and id. With a redirect, answer the browser with its status "
        + "and Location; the other fields describe the page it leads to.")
public record ResolvedPath(
        @Schema(enumeration = {"article", "section", "author", "tag", "collection"}, example = "article")
        String type,
        @Schema(description = "The public id of the article, section, author, tag or collection.",
                example = "fcba8de1-5c54-3612-9ac0-26597f40c8d2")
        UUID id,
        @Schema(description = "The page's current site path.",
                example = "/international/pacific-ports-agree-common-emissions-reporting")
        String canonicalPath,
        @Schema(description = "canonicalPath joined to the site's base URL: for <link rel=\"canonical\">.",
                example = "https://herald.example.com/international/pacific-ports-agree-common-emissions-reporting")
        String canonicalUrl,
        @Schema(description = "Where the delivery API serves the page's content.",
                example = "/api/v1/articles/fcba8de1-5c54-3612-9ac0-26597f40c8d2")
        String apiPath,
        @Schema(nullable = true, description = "Set when the path asked for is an old or non-canonical one (a former "
                + "slug, a former section, a trailing slash): send this redirect instead of rendering.")
        PathRedirect redirect) {
}
