package dev.newsdesk.apikey.api;

import dev.newsdesk.security.Role;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key without its secret.")
public record ApiKeyResponse(
        @Schema(example = "9a3b1f4e-6c2d-4e8f-a1b2-c3d4e5f60718") UUID id,
        @Schema(example = "desk-min-ji") String name,
        @Schema(example = "editor") Role role,
        @Schema(description = "The first characters of the secret, to tell keys apart.", example = "nd_3kV9x2a")
        String prefix,
        @Schema(example = "2019-04-25T09:00:00+09:00") OffsetDateTime createdAt,
        @Schema(nullable = true, description = "When the key was revoked; it authenticates nothing since.")
        OffsetDateTime revokedAt) {
}
