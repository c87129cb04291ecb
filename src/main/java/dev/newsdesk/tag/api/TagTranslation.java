package dev.newsdesk.tag.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagTranslation", description = "A tag's name in another edition.")
public record TagTranslation(
        @Schema(example = "부산", maxLength = 200, required = true) @NotBlank @Size(max = 200) @PlainText String name) {
}
