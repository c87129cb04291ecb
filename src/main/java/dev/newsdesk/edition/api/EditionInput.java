package dev.newsdesk.edition.api;

import dev.newsdesk.web.request.RequestParams;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditionInput", description = "One edition: a language the newsroom publishes in, and the edition "
        + "to show when something is missing in it.")
public record EditionInput(
        @NotBlank @Pattern(regexp = RequestParams.LANGUAGE_PATTERN) @Size(max = RequestParams.LANGUAGE_MAX_LENGTH)
        @Schema(description = "BCP 47 language tag.", example = "ko", required = true)
        String language,
        @Pattern(regexp = RequestParams.LANGUAGE_PATTERN) @Size(max = RequestParams.LANGUAGE_MAX_LENGTH)
        @Schema(nullable = true, description = "Language of another edition to fall back to; null: none. Chains "
                + "may be long but never loop.", example = "en")
        String fallback) {
}
