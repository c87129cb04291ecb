package dev.newsdesk.article.revision.api;

import dev.newsdesk.article.revision.RevisionKind;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialRevision", description = "One saved change of an article, as the newsroom sees it.")
public record EditorialRevision(
        @Schema(example = "3") int number,
        @Schema(example = "correction") RevisionKind kind,
        @Schema(example = "2019-04-25T21:08:35+09:00") OffsetDateTime createdAt,
        @Schema(description = "Name of the API key that saved the change.", example = "desk-min-ji") String keyName,
        @Schema(nullable = true, example = "An earlier version misstated the number of ships waiting outside the port.")
        String note,
        @Schema(example = "false") boolean minor,
        @Schema(nullable = true, description = "When readers first saw this revision; null if they never did.",
                example = "2019-04-25T21:08:35+09:00")
        OffsetDateTime visibleFrom,
        @Schema(description = "Saved as a pending draft of a published article (a draft save or a restore): its "
                + "content did not reach readers when it was saved, and does only if the draft is published.",
                example = "false")
        boolean draft) {
}
