package dev.newsdesk.tag.api;

import dev.newsdesk.tag.TagType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagListItem", description = "A tag in the list of tags, with how many articles carry it.")
public record TagListItem(
        @Schema(example = "1e8f6a0d-4b2c-3f9e-8d7a-2c1b0a9f8e73") UUID id,
        @Schema(example = "busan") String slug,
        @Schema(example = "Busan") String name,
        @Schema(example = "place") TagType type,
        @Schema(description = "Visible articles with this tag.", example = "6") long articleCount) {
}
