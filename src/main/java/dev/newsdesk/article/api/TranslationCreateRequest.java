package dev.newsdesk.article.api;

import dev.newsdesk.text.PlainText;
import dev.newsdesk.web.request.RequestParams;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslationCreateRequest", description = "A translation to start from an article: everything else "
        + "(section, byline, tags, lead media, body, SEO image and robots) is copied from it, to be translated.")
public record TranslationCreateRequest(
        @NotBlank @Pattern(regexp = RequestParams.LANGUAGE_PATTERN) @Size(max = RequestParams.LANGUAGE_MAX_LENGTH)
        @Schema(description = "BCP 47 language of the translation: an edition the group has no article in yet.",
                example = "ko", required = true)
        String language,
        @NotNull @Size(max = 200) @Pattern(regexp = RequestParams.SLUG_PATTERN,
                message = "must be a slug: lowercase letters, digits and single hyphens")
        @Schema(description = "The translation's own slug.", example = "busan-fukuoka-ferry-adds-overnight-crossings-ko",
                required = true, pattern = RequestParams.SLUG_PATTERN, maxLength = 200)
        String slug,
        @Size(max = 500) @Schema(nullable = true, description = "The translated headline; null: the source's, to "
                + "translate later.", example = "부산-후쿠오카 여객선, 야간 운항 추가")
        @PlainText String headline,
        @Size(max = 2000) @Schema(nullable = true, description = "The translated standfirst; null: the source's.")
        @PlainText String standfirst) {
}
