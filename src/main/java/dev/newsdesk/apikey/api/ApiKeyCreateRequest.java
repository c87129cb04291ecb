package dev.newsdesk.apikey.api;

import dev.newsdesk.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyCreateRequest", description = "A new API key: who or what will use it, and its role.")
public record ApiKeyCreateRequest(
        @Schema(description = "Shown in revision histories as the author of each change.", example = "desk-min-ji",
                maxLength = 100)
        @NotBlank @Size(max = 100) String name,
        @Schema(example = "editor") @NotNull Role role) {
}
