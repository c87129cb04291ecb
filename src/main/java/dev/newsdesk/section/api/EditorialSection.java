package dev.newsdesk.section.api;

import dev.newsdesk.seo.api.SeoInput;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialSection", description = "A section as editors change it: its delivery fields plus the SEO "
        + "fields as set (send them back with the next PUT, or they are cleared).")
public record EditorialSection(
        @Schema(readOnly = true, example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") UUID id,
        @Schema(example = "international") String slug,
        @Schema(example = "International") String name,
        @Schema(nullable = true, example = "News from beyond our borders.") String description,
        @Schema(nullable = true, description = "The parent section, for a subsection.") SectionRef parent,
        @Schema(description = "Order among siblings, ascending.", example = "1") int position,
        @Schema(readOnly = true, description = "Site path of the section page.", example = "/international") String path,
        @Schema(description = "SEO and social metadata as set (no defaults applied); robots [] for none.") SeoInput seo,
        @Schema(description = "Name and description in other editions, by language ({} when none).",
                example = "{\"ko\": {\"name\": \"국제\", \"description\": \"국경 너머의 소식.\"}}")
        Map<String, SectionTranslation> translations) {
}
