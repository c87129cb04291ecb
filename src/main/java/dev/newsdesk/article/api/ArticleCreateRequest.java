package dev.newsdesk.article.api;

import dev.newsdesk.text.PlainText;
import dev.newsdesk.web.request.RequestParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.newsdesk.seo.api.SeoInput;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleCreateRequest", description = "A new article; it starts as a draft that readers cannot see.")
public record ArticleCreateRequest(
        @Schema(example = "port-strike-enters-second-week", pattern = RequestParams.SLUG_PATTERN, maxLength = 200)
        @NotNull @Size(max = 200) @Pattern(regexp = RequestParams.SLUG_PATTERN,
                message = "must be a slug: lowercase letters, digits and single hyphens") String slug,
        @Schema(description = "Plain text; tags are removed.", example = "Port strike enters its second week",
                maxLength = 500)
        @NotBlank @Size(max = 500) @PlainText String headline,
        @Schema(nullable = true, description = "Plain text; tags are removed.", maxLength = 2000,
                example = "Dock workers and operators return to talks as cargo piles up.")
        @Size(max = 2000) @PlainText String standfirst,
        @Schema(description = "BCP 47 language tag.", example = "en", pattern = RequestParams.LANGUAGE_PATTERN)
        @NotNull @Size(max = 35) @Pattern(regexp = RequestParams.LANGUAGE_PATTERN,
                message = "must be a BCP 47 language tag such as en or ko-KR") String language,
        @Schema(example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") @NotNull UUID sectionId,
        @Schema(nullable = true, example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11") UUID leadMediaId,
        @Schema(description = "The byline, in order.", maxItems = 20) @Size(max = 20) List<@NotNull UUID> authorIds,
        @Schema(maxItems = 50) @Size(max = 50) List<@NotNull UUID> tagIds,
        @Schema(description = "Body blocks in reading order; inline HTML is sanitized. " + MaxBodyText.DESCRIPTION,
                maxItems = 2000)
        @NotNull @Size(max = 2000) @MaxBodyText List<@NotNull @Valid BodyBlock> body,
        @Schema(nullable = true, description = "Search and social metadata; null or absent fields take their "
                + "defaults (see SeoInput).")
        @Valid SeoInput seo) {
}
