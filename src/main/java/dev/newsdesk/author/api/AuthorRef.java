package dev.newsdesk.author.api;

import dev.newsdesk.web.cache.SurrogateKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("author")
@Schema(name = "AuthorRef", description = "An author as credited on an article (the byline).")
public record AuthorRef(
        @Schema(example = "5d7f3b9a-8a1c-3b8e-a3e1-6c2b0c7d9e41") UUID id,
        @Schema(example = "min-ji-park") String slug,
        @Schema(example = "Park Min-ji") String name,
        @Schema(nullable = true, example = "Diplomatic Correspondent") String title) {
}
