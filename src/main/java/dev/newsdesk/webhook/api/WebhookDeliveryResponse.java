package dev.newsdesk.webhook.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One attempt to deliver a message.")
public record WebhookDeliveryResponse(
        @Schema(description = "The message, also its webhook-id header: the same on every attempt.",
                example = "msg_5b1f0e9c2d7a4e3f8a6b9c0d1e2f3a4b") String messageId,
        @Schema(example = "article.published") String eventType,
        @Schema(description = "1 for the first attempt.", example = "2") int attempt,
        @Schema(example = "2026-12-01T09:00:05+09:00") OffsetDateTime attemptedAt,
        @Schema(type = SchemaType.STRING, enumeration = {"delivered", "failed", "refused"},
                description = "delivered: a 2xx answer; failed: another answer or none; refused: not sent, the "
                        + "target resolved to an address webhooks may not reach.", example = "failed")
        String outcome,
        @Schema(nullable = true, description = "The receiver's HTTP status, when it answered.", example = "500")
        Integer httpStatus,
        @Schema(description = "Milliseconds from connect to the end of the answer.", example = "42") long durationMs,
        @Schema(nullable = true, description = "Why there was no answer, or why nothing was sent.",
                example = "connection failed: Connection refused")
        String error,
        @Schema(nullable = true, description = "The first characters of the receiver's answer.",
                example = "upstream unavailable")
        String responseBody) {
}
