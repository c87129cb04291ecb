package dev.newsdesk.article.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialArticleSummary", description = "An article in any state, as the editorial list shows it.")
public record EditorialArticleSummary(
        @Schema(example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77") UUID id,
        @Schema(example = "port-strike-enters-second-week") String slug,
        @Schema(example = "Port strike enters its second week") String headline,
        @Schema(enumeration = {"draft", "published", "unpublished", "deleted"}, example = "published") String status,
        @Schema(enumeration = {"draft", "scheduled", "live", "expired", "unpublished", "deleted"},
                description = "What readers get right now.", example = "live")
        String state,
        @Schema(description = "The section's slug.", example = "international") String sectionSlug,
        @Schema(description = "The last change to the article's own content (for a published article: what "
                + "readers see; saving a pending draft does not move it).", example = "2019-04-25T21:08:35+09:00")
        OffsetDateTime updatedAt,
        @Schema(description = "Number of the revision readers see; 0 before first publication.", example = "3")
        int revision,
        @Schema(description = "Whether a pending draft waits for review (see EditorialArticle.pendingDraft).",
                example = "false")
        boolean hasPendingDraft) {
}
