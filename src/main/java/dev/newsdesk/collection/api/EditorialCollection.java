package dev.newsdesk.collection.api;

import dev.newsdesk.section.api.SectionRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialCollection", description = "A collection as editors see it: every article, visible or not.")
public record EditorialCollection(
        @Schema(readOnly = true, example = "9a3c1f0e-5b7d-3e2a-8c4f-1d2e3f4a5b6c") UUID id,
        @Schema(example = "editors-pick") String slug,
        @Schema(example = "Editor's Pick") String name,
        @Schema(nullable = true, example = "Stories our editors think you should not miss.") String description,
        @Schema(nullable = true, description = "The section it belongs to; null for site-wide.") SectionRef section,
        @Schema(description = "Every article in the editors' order.") List<Item> items,
        @Schema(example = "2019-04-25T19:00:00+09:00") OffsetDateTime updatedAt) {

    @Schema(name = "EditorialCollectionItem", description = "One article of a collection and whether readers see it.")
    public record Item(
            @Schema(example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77") UUID articleId,
            @Schema(example = "port-strike-enters-second-week") String slug,
            @Schema(example = "Port strike enters its second week") String headline,
            @Schema(example = "published", enumeration = {"draft", "published", "unpublished", "deleted"})
            String status,
            @Schema(description = "Whether readers see it in the collection right now.", example = "true")
            boolean visible) {
    }
}
