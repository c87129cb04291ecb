package dev.newsdesk.changefeed.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeItem", description = "One item of the change feed: an upsert (fetch the item again; purge its "
        + "surrogate keys) or a tombstone (drop it).")
public record ChangeItem(
        @Schema(enumeration = {"article", "section", "author", "tag", "media", "collection", "site"},
                example = "article") String type,
        @Schema(description = "The item's id (site: \"site\").", example = "0b8f7a2e-5c1d-3f4e-8a9b-1c2d3e4f5a6b")
        String id,
        @Schema(nullable = true, description = "Position in the change log, in commit order; null in the initial "
                + "sync, which shows items as they are.", example = "1042") Long seq,
        @Schema(enumeration = {"upsert", "tombstone"}, example = "upsert") String op,
        @Schema(description = "Upsert: snapshot, created, published, scheduled_publication, edited, corrected, "
                + "reference_changed, related_changed, translations_changed. Tombstone: deleted, unpublished, expired, out_of_scope (it "
                + "left the filters of this feed).", example = "edited") String reason,
        @Schema(description = "Fields readers see that changed; [] for a tombstone and in the initial sync.",
                example = "[\"headline\"]") List<String> changed,
        @Schema(description = "Surrogate keys of the cached responses now stale (as in the Surrogate-Key header).",
                example = "[\"article:0b8f7a2e-5c1d-3f4e-8a9b-1c2d3e4f5a6b\"]") List<String> surrogateKeys,
        @Schema(description = "What filters match on: as the item is (upsert) or as readers last saw it "
                + "(tombstone).") Attributes attributes,
        @Schema(nullable = true, description = "When readers could first observe the change; null in the initial "
                + "sync.") OffsetDateTime occurredAt) {

    @Schema(name = "ChangeItemAttributes")
    public record Attributes(
            @Schema(nullable = true, example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") UUID sectionId,
            @Schema(nullable = true, example = "international") String sectionSlug,
            @Schema(nullable = true, description = "An article's language (BCP 47), which the lang and language "
                    + "filters match on; null for other items. Its translation group is on the article "
                    + "(translation.group).", example = "en") String language,
            List<UUID> tagIds) {
    }
}
