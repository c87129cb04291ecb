package dev.newsdesk.section.api;

import dev.newsdesk.web.cache.SurrogateKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("section")
@Schema(name = "Section", description = "A section of the site, such as International; sections may nest once or more.")
public record SectionResponse(
        @Schema(readOnly = true, example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") UUID id,
        @Schema(example = "international") String slug,
        @Schema(example = "International") String name,
        @Schema(nullable = true, example = "News from beyond our borders.") String description,
        @Schema(nullable = true, description = "The parent section, for a subsection.") SectionRef parent,
        @Schema(description = "Order among siblings, ascending.", example = "1") int position,
        @Schema(description = "Site path of the section page.", example = "/international") String path) {
}
