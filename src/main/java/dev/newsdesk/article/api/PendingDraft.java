package dev.newsdesk.article.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PendingDraft", description = "A published article's pending draft: the full content a publisher "
        + "reviews and publishes, saved as a revision readers have not seen.")
public record PendingDraft(
        @Schema(description = "The revision that holds the draft.", example = "7") int revision,
        @Schema(example = "2019-04-26T09:12:00+09:00") OffsetDateTime savedAt,
        @Schema(description = "Name of the API key that saved the draft.", example = "desk-min-ji") String savedBy,
        @Schema(nullable = true, example = "Restored revision 3") String note,
        ArticleSnapshot content) {
}
