package dev.newsdesk.author.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.web.cache.SurrogateKey;
import dev.newsdesk.web.openapi.ContractFilter;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("author")
@Schema(name = "Author", description = "A writer or photographer of the newsroom.")
public record AuthorResponse(
        @Schema(readOnly = true, example = "5d7f3b9a-8a1c-3b8e-a3e1-6c2b0c7d9e41") UUID id,
        @Schema(example = "min-ji-park") String slug,
        @Schema(example = "Park Min-ji") String name,
        @Schema(nullable = true, example = "Diplomatic Correspondent") String title,
        @Schema(nullable = true, example = "Covers foreign policy and the Korean peninsula from Seoul.") String bio,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true",
                parseValue = true), description = "Editorial answers only (readers get the profile in their "
                + "edition): name, title and bio in other editions, by language.")
        Map<String, AuthorTranslation> translations) {

    public AuthorResponse(UUID id, String slug, String name, String title, String bio) {
        this(id, slug, name, title, bio, null);
    }
}
