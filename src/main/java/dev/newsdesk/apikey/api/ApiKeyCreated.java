package dev.newsdesk.apikey.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyCreated", description = "A new key and its secret. The secret is shown this once and never again.")
public record ApiKeyCreated(
        ApiKeyResponse key,
        @Schema(description = "Send as Authorization: Bearer <secret>.",
                example = "nd_3kV9x2aQm0Lr7TzYw1Pq8sHn4Bc6Dv5Fe2Gj9Kk0Mm") String secret) {
}
