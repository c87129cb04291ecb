package dev.newsdesk.tag.api;

import dev.newsdesk.text.PlainText;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.web.request.RequestParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRequest", description = "A tag's full content, to create or replace it.")
public record TagRequest(
        @Schema(example = "busan", pattern = RequestParams.SLUG_PATTERN, maxLength = 120)
        @NotNull @Size(max = 120) @Pattern(regexp = RequestParams.SLUG_PATTERN,
                message = "must be a slug: lowercase letters, digits and single hyphens") String slug,
        @Schema(example = "Busan", maxLength = 200) @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(example = "place") @NotNull TagType type,
        @Schema(nullable = true, description = "The name in other editions, by language; null or left out keeps "
                + "the translations there are, {} removes them.")
        @Valid @Size(max = 50) Map<String, @Valid TagTranslation> translations) {

    public TagRequest(String slug, String name, TagType type) {
        this(slug, name, type, null);
    }
}
