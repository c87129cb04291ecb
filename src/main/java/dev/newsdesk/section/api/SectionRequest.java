package dev.newsdesk.section.api;

import dev.newsdesk.text.PlainText;
import dev.newsdesk.web.request.RequestParams;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.newsdesk.seo.api.SeoInput;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionRequest", description = "A section's full content, to create it or replace it.")
public record SectionRequest(
        @Schema(example = "international", pattern = RequestParams.SLUG_PATTERN, maxLength = 120)
        @NotNull @Size(max = 120) @Pattern(regexp = RequestParams.SLUG_PATTERN,
                message = "must be a slug: lowercase letters, digits and single hyphens") String slug,
        @Schema(example = "International", maxLength = 200) @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(nullable = true, example = "News from beyond our borders.", maxLength = 1000)
        @Size(max = 1000) @PlainText String description,
        @Schema(nullable = true, description = "Parent section, for a subsection.") UUID parentId,
        @Schema(description = "Order among siblings, ascending.", example = "1", minimum = "0", maximum = "10000")
        @Min(0) @Max(10_000) int position,
        @Schema(nullable = true, description = "Search and social metadata; null or absent fields take their "
                + "defaults (the name, the description, no image, no robots directives).")
        @Valid SeoInput seo,
        @Schema(nullable = true, description = "Name and description in other editions, by language; an edition "
                + "without one shows its fallback's, else name and description.")
        @Valid @Size(max = 50) Map<String, @Valid SectionTranslation> translations) {

    public SectionRequest(String slug, String name, String description, UUID parentId, int position, SeoInput seo) {
        this(slug, name, description, parentId, position, seo, null);
    }
}
