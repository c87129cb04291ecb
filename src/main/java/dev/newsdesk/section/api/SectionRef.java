package dev.newsdesk.section.api;

import dev.newsdesk.web.cache.SurrogateKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("section")
@Schema(name = "SectionRef", description = "A section as referenced from an article.")
public record SectionRef(
        @Schema(example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") UUID id,
        @Schema(example = "international") String slug,
        @Schema(example = "International") String name) {
}
