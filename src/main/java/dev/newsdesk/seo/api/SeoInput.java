package dev.newsdesk.seo.api;

import dev.newsdesk.seo.Robots;
import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What editors set for search engines and social networks; every field may stay empty for the default. */
@Schema(name = "SeoInput", description = "Search and social metadata as editors set it. Empty fields take their "
        + "default on the delivery API: the headline (a section's name), the standfirst (a section's description), "
        + "the lead photo, no robots directives.")
public record SeoInput(
        @Schema(nullable = true, maxLength = 200, description = "Plain text for <title> and og:title; null: the "
                + "headline (a section's name).", example = "Port strike: week two")
        @Size(max = 200) @PlainText String title,
        @Schema(nullable = true, maxLength = 500, description = "Plain text for the meta description and "
                + "og:description; null: the standfirst (a section's description).",
                example = "Talks resume as cargo piles up in Busan.")
        @Size(max = 500) @PlainText String description,
        @Schema(nullable = true, description = "Media asset shared as og:image; null: the lead media if it is an "
                + "image (sections have none).", example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11")
        UUID socialImageId,
        @Schema(nullable = true, maxItems = Robots.MAX_ITEMS, description = "Robots directives, each once, no "
                + "contradicting pair: index, noindex, follow, nofollow, noarchive, nosnippet, noimageindex, "
                + "notranslate. Null or []: none (search engines index and follow).",
                example = "[\"noindex\"]")
        @Size(max = Robots.MAX_ITEMS)
        List<@NotNull @Pattern(regexp = Robots.PATTERN, message = Robots.MESSAGE) String> robots) {
}
