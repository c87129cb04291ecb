package dev.newsdesk.site.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notice", description = "A site-wide notice, such as the cookie-consent banner.")
public record Notice(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$") @Size(max = 60)
        @Schema(description = "Stable key front ends recognise the notice by.", example = "cookie-consent",
                required = true)
        String key,
        @NotBlank @Size(max = 2000)
        @Schema(description = "Plain text of the notice.",
                example = "We use cookies to remember your settings and to measure how our pages are read.",
                required = true)
        @PlainText String text,
        @Size(max = 100) @Schema(nullable = true, example = "Cookie policy") @PlainText String linkLabel,
        @Pattern(regexp = "^(https?://|/)\\S*$") @Size(max = 2048)
        @Schema(nullable = true, example = "https://news.example.com/cookie-policy") String linkUrl,
        @NotNull @Schema(description = "Whether readers may close the notice.", example = "true", required = true)
        Boolean dismissible) {
}
