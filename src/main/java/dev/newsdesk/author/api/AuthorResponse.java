package dev.newsdesk.author.api;

import dev.newsdesk.web.cache.SurrogateKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("author")
@Schema(name = "Author", description = "A writer or photographer of the newsroom.")
public record AuthorResponse(
        @Schema(readOnly = true, example = "5d7f3b9a-8a1c-3b8e-a3e1-6c2b0c7d9e41") UUID id,
        @Schema(example = "min-ji-park") String slug,
        @Schema(example = "Park Min-ji") String name,
        @Schema(nullable = true, example = "Diplomatic Correspondent") String title,
        @Schema(nullable = true, example = "Covers foreign policy and the Korean peninsula from Seoul.") String bio) {
}
