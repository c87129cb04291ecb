package dev.newsdesk.collection.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionItemAddRequest", description = "One article to add to a collection.")
public record CollectionItemAddRequest(
        @NotNull @Schema(required = true, example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77") UUID articleId,
        @Min(0) @Schema(nullable = true, description = "0-based position; absent or past the end appends.",
                example = "0")
        Integer position) {
}
