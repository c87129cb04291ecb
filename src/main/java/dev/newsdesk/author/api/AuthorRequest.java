package dev.newsdesk.author.api;

import dev.newsdesk.text.PlainText;
import dev.newsdesk.web.request.RequestParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRequest", description = "An author's full profile, to create or replace it.")
public record AuthorRequest(
        @Schema(example = "min-ji-park", pattern = RequestParams.SLUG_PATTERN, maxLength = 120)
        @NotNull @Size(max = 120) @Pattern(regexp = RequestParams.SLUG_PATTERN,
                message = "must be a slug: lowercase letters, digits and single hyphens") String slug,
        @Schema(example = "Park Min-ji", maxLength = 200) @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(nullable = true, example = "Diplomatic Correspondent", maxLength = 200) @Size(max = 200) @PlainText String title,
        @Schema(nullable = true, example = "Covers foreign policy from Seoul.", maxLength = 2000)
        @Size(max = 2000) @PlainText String bio,
        @Schema(nullable = true, description = "Name, title and bio in other editions, by language; null or left "
                + "out keeps the translations there are, {} removes them.")
        @Valid @Size(max = 50) Map<String, @Valid AuthorTranslation> translations) {

    public AuthorRequest(String slug, String name, String title, String bio) {
        this(slug, name, title, bio, null);
    }
}
