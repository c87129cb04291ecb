package dev.newsdesk.section.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionTranslation", description = "A section's name and description in another edition.")
public record SectionTranslation(
        @Schema(example = "국제", maxLength = 200, required = true) @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(nullable = true, example = "국경 너머의 소식.", maxLength = 1000) @Size(max = 1000) @PlainText
        String description) {
}
