package dev.newsdesk.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookCreateRequest", description = "A new webhook endpoint.")
public record WebhookCreateRequest(
        @Schema(description = "Where to POST each event: an http or https URL that resolves to a public address; no "
                + "user name or password.", example = "https://www.example.com/api/revalidate", maxLength = 2000)
        @NotBlank @Size(max = 2000) String url,
        @Schema(nullable = true, description = "Event types to send (article.published) or patterns (article.*); "
                + "absent or empty for every event.", example = "[\"article.*\"]")
        @Size(max = 50) List<String> eventTypes,
        @Schema(nullable = true, description = "What the endpoint is for.", example = "Front end: revalidate pages",
                maxLength = 500)
        @Size(max = 500) String description) {
}
