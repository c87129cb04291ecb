package dev.newsdesk.tag.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.web.cache.SurrogateKey;
import dev.newsdesk.web.openapi.ContractFilter;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("tag")
@Schema(name = "Tag", description = "A topic, person, organization or place that articles are tagged with.")
public record TagResponse(
        @Schema(readOnly = true, example = "1e8f6a0d-4b2c-3f9e-8d7a-2c1b0a9f8e73") UUID id,
        @Schema(example = "busan") String slug,
        @Schema(example = "Busan") String name,
        @Schema(example = "place") TagType type,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true",
                parseValue = true), description = "Editorial answers only (readers get the name in their edition): "
                + "the name in other editions, by language.")
        Map<String, TagTranslation> translations) {

    public TagResponse(UUID id, String slug, String name, TagType type) {
        this(id, slug, name, type, null);
    }
}
