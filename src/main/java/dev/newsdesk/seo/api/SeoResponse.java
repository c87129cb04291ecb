package dev.newsdesk.seo.api;

import dev.newsdesk.media.api.MediaResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The metadata a page's <head> needs, defaults already applied: a front end copies it as it is. */
@Schema(name = "Seo", description = "Search and social metadata with the defaults applied: copy title into <title> "
        + "and og:title, description into the meta description and og:description, socialImage into og:image, "
        + "robots (when not empty) into <meta name=\"robots\">, canonicalUrl into <link rel=\"canonical\"> and og:url.")
public record SeoResponse(
        @Schema(description = "The SEO title, else the headline (a section's name).",
                example = "Port strike enters its second week")
        String title,
        @Schema(nullable = true, description = "The SEO description, else the standfirst (a section's description); "
                + "null when neither exists.", example = "Dock workers and operators return to talks as cargo piles up.")
        String description,
        @Schema(nullable = true, description = "The social image, else the lead media if it is an image; null when "
                + "there is none.")
        MediaResponse socialImage,
        @Schema(description = "Robots directives in the order set; [] when the page may be indexed and followed.",
                example = "[\"noindex\"]")
        List<String> robots,
        @Schema(description = "Absolute URL of the page: the site's base URL joined with the canonical path.",
                example = "https://news.example.com/international/port-strike-enters-second-week")
        String canonicalUrl) {
}
