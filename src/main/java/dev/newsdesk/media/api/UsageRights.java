package dev.newsdesk.media.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UsageRights", description = "What the newsroom may do with an asset and for how long. Outside "
        + "[validFrom, validUntil) the asset disappears from every delivery response: as lead media, from the body "
        + "(its block is left out), from includes, lists and search results, and its lookup answers 404 (not yet "
        + "valid) or 410 (expired).")
public record UsageRights(
        @Schema(nullable = true, description = "The licence terms as agreed, for editors and syndication partners.",
                example = "Editorial use only, within 30 days of the event. No archive use.") String usageTerms,
        @Schema(nullable = true, description = "First instant the asset may be shown; null: no start.",
                example = "2019-04-25T00:00:00+09:00") OffsetDateTime validFrom,
        @Schema(nullable = true, description = "First instant the asset may no longer be shown; null: no end.",
                example = "2019-05-25T00:00:00+09:00") OffsetDateTime validUntil,
        @Schema(description = "Whether partners receiving the article may republish the asset with it.",
                example = "false") boolean syndicationAllowed) {
}
