package dev.newsdesk.tag.api;

import dev.newsdesk.tag.TagType;
import dev.newsdesk.web.cache.SurrogateKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("tag")
@Schema(name = "Tag", description = "A topic, person, organization or place that articles are tagged with.")
public record TagResponse(
        @Schema(readOnly = true, example = "1e8f6a0d-4b2c-3f9e-8d7a-2c1b0a9f8e73") UUID id,
        @Schema(example = "busan") String slug,
        @Schema(example = "Busan") String name,
        @Schema(example = "place") TagType type) {
}
