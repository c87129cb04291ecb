package dev.newsdesk.collection.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionCreateRequest", description = "A new collection and, optionally, its first articles.")
public record CollectionCreateRequest(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$") @Size(max = 120)
        @Schema(example = "editors-pick", required = true) String slug,
        @NotBlank @Size(max = 200) @Schema(example = "Editor's Pick", required = true) @PlainText String name,
        @Size(max = 1000) @Schema(nullable = true) @PlainText String description,
        @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$")
        @Schema(nullable = true, description = "Slug of the section it belongs to; absent for site-wide.")
        String section,
        @Size(max = CollectionItemsRequest.MAX_ITEMS)
        @Schema(nullable = true, description = "Article ids in order.") List<@NotNull UUID> articleIds) {
}
