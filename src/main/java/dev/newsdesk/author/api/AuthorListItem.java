package dev.newsdesk.author.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorListItem", description = "An author in the list of authors, with how much they have published.")
public record AuthorListItem(
        @Schema(example = "5d7f3b9a-8a1c-3b8e-a3e1-6c2b0c7d9e41") UUID id,
        @Schema(example = "min-ji-park") String slug,
        @Schema(example = "Park Min-ji") String name,
        @Schema(nullable = true, example = "Diplomatic Correspondent") String title,
        @Schema(description = "Visible articles with this author in the byline.", example = "4") long articleCount) {
}
