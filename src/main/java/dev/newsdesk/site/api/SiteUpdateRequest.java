package dev.newsdesk.site.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiteUpdateRequest", description = "All site settings at once; what is sent replaces what was there.")
public record SiteUpdateRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Newsdesk", required = true) @PlainText String name,
        @NotBlank @Pattern(regexp = "^https?://[^\\s/]+(/\\S*)?$") @Size(max = 2048)
        @Schema(example = "https://news.example.com", required = true) String baseUrl,
        @NotBlank @Pattern(regexp = "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
        @Schema(example = "en", required = true) String defaultLanguage,
        @NotNull @Valid @Size(max = 30) @Schema(required = true) List<MenuItemInput> navigation,
        @NotNull @Valid @Size(max = 10) @Schema(required = true) List<Notice> notices) {
}
