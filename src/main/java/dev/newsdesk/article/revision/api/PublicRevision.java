package dev.newsdesk.article.revision.api;

import dev.newsdesk.article.revision.RevisionKind;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicRevision", description = "A version of the article that readers saw.")
public record PublicRevision(
        @Schema(description = "Revision number; gaps are changes readers never saw, such as draft edits.", example = "3")
        int number,
        @Schema(enumeration = {"published", "edited", "correction"}, example = "correction") RevisionKind kind,
        @Schema(description = "When readers first saw this version.", example = "2019-04-25T21:08:35+09:00")
        OffsetDateTime publishedAt,
        @Schema(description = "A minor edit (a typo) that did not move the article's updatedAt.", example = "false")
        boolean minor,
        @Schema(nullable = true, description = "What was corrected; only corrections carry a note.",
                example = "An earlier version misstated the number of ships waiting outside the port.")
        String note) {
}
