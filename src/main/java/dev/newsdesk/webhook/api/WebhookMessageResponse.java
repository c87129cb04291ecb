package dev.newsdesk.webhook.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookMessage", description = "A message to one endpoint and where its delivery stands.")
public record WebhookMessageResponse(
        @Schema(example = "msg_5b1f0e9c2d7a4e3f8a6b9c0d1e2f3a4b") String id,
        @Schema(example = "article.published") String eventType,
        @Schema(description = "The change's seq in the change log.", example = "1042") long seq,
        @Schema(type = SchemaType.STRING, enumeration = {"pending", "delivered"}, example = "pending") String status,
        @Schema(description = "Attempts made so far.", example = "3") int attempts,
        @Schema(description = "When the next attempt is due (meaningful while pending).",
                example = "2026-12-01T09:00:05+09:00") OffsetDateTime nextAttemptAt,
        @Schema(nullable = true, example = "2026-12-01T09:00:06+09:00") OffsetDateTime deliveredAt) {
}
