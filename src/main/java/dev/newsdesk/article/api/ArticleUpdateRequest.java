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

/**
 * The whole editable content of an article plus how to record the change. A JSON Merge Patch is applied to this
 * document as the article currently fills it (or as its pending draft does, for a patch with draft true), with
 * minor, correction and draft false and no note.
 */
@Schema(name = "ArticleUpdateRequest", description = "The article's full editable content and how to record the change.")
public record ArticleUpdateRequest(
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
        @Valid SeoInput seo,
        @Schema(description = "A minor edit (a typo): readers' updatedAt does not move. Never for a correction.",
                defaultValue = "false")
        boolean minor,
        @Schema(description = "A correction of published facts; readers see it with its note in the revision list.",
                defaultValue = "false")
        boolean correction,
        @Schema(nullable = true, maxLength = 2000, description = "Why the change was made; required for a correction.",
                example = "An earlier version misstated the number of ships waiting outside the port.")
        @Size(max = 2000) @PlainText String note,
        @Schema(description = "Save without changing what readers see. On a published article the content becomes "
                + "its pending draft (a new revision readers never see) until a publisher publishes or someone "
                + "discards it; editor role suffices. On a draft or unpublished article without a pending draft, "
                + "the content is not live anyway and is saved directly. Never together with correction.",
                defaultValue = "false")
        boolean draft) {
}
