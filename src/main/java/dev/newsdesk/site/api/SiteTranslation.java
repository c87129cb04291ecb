package dev.newsdesk.site.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiteTranslation", description = "The site's own fields in another edition.")
public record SiteTranslation(
        @NotBlank @Size(max = 200) @Schema(example = "하버 헤럴드", required = true) @PlainText String name) {
}
