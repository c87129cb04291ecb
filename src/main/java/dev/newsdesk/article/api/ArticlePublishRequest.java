package dev.newsdesk.article.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePublishRequest", description = "When the article goes live and, optionally, when it expires.")
public record ArticlePublishRequest(
        @Schema(nullable = true, description = "Go live at this time (scheduled); null or absent: now.",
                example = "2019-04-26T06:00:00+09:00")
        OffsetDateTime publishAt,
        @Schema(nullable = true, description = "Readers stop seeing the article at this time (410 Gone after).",
                example = "2019-05-26T06:00:00+09:00")
        OffsetDateTime expiresAt) {
}
