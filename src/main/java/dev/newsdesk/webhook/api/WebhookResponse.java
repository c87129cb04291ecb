package dev.newsdesk.webhook.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A webhook endpoint, without its secret.")
public record WebhookResponse(
        @Schema(example = "3f0c2a9e-1b7d-4c55-9a0e-6d2b8f1e4c70") UUID id,
        @Schema(example = "https://www.example.com/api/revalidate") String url,
        @Schema(description = "Event types or patterns sent; empty for every event.", example = "[\"article.*\"]")
        List<String> eventTypes,
        @Schema(example = "Front end: revalidate pages") String description,
        @Schema(example = "true") boolean enabled,
        @Schema(nullable = true, description = "Why deliveries stopped, when the endpoint is disabled.",
                example = "The receiver answered 410 Gone")
        String disabledReason,
        @Schema(nullable = true) OffsetDateTime disabledAt,
        @Schema(nullable = true, description = "Until when the secret replaced by the last rotation still signs "
                + "beside the new one.", example = "2026-12-02T09:00:00+09:00")
        OffsetDateTime previousSecretSignsUntil,
        @Schema(example = "2026-12-01T09:00:00+09:00") OffsetDateTime createdAt,
        @Schema(example = "2026-12-01T09:00:00+09:00") OffsetDateTime updatedAt) {
}
