package dev.newsdesk.author.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorTranslation", description = "An author's name, title and bio in another edition; a null "
        + "title or bio shows the stored one.")
public record AuthorTranslation(
        @Schema(example = "박민지", maxLength = 200, required = true) @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(nullable = true, example = "외교 전문기자", maxLength = 200) @Size(max = 200) @PlainText String title,
        @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) @PlainText String bio) {
}
