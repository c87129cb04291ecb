package dev.newsdesk.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookUpdateRequest", description = "The whole new state of an endpoint (its secret stays).")
public record WebhookUpdateRequest(
        @Schema(example = "https://www.example.com/api/revalidate", maxLength = 2000)
        @NotBlank @Size(max = 2000) String url,
        @Schema(example = "[\"article.*\", \"section.*\"]") @NotNull @Size(max = 50) List<String> eventTypes,
        @Schema(example = "Front end: revalidate pages", maxLength = 500) @NotNull @Size(max = 500) String description,
        @Schema(description = "false stops deliveries (messages wait); true resumes a disabled endpoint, which then "
                + "catches up from where it stopped.", example = "true")
        @NotNull Boolean enabled) {
}
