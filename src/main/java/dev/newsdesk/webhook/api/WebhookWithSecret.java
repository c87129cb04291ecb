package dev.newsdesk.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookWithSecret",
        description = "An endpoint and its new signing secret. The secret is shown this once and never again.")
public record WebhookWithSecret(
        WebhookResponse webhook,
        @Schema(description = "Standard Webhooks secret: whsec_ and the base64 of the HMAC key.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw4Q0c6aQeX2o=") String secret) {
}
