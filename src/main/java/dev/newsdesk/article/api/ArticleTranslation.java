package dev.newsdesk.article.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleTranslation", description = "Where the article stands in its translation group.")
public record ArticleTranslation(
        @Schema(description = "The translation group: the id of the group's first article (the article's own id "
                + "while it has no translations).", example = "fcba8de1-5c54-3612-9ac0-26597f40c8d2")
        UUID groupId,
        @Schema(nullable = true, description = "The article this one was translated from; null for an original.",
                example = "fcba8de1-5c54-3612-9ac0-26597f40c8d2")
        UUID sourceId,
        @Schema(nullable = true, description = "The language of that article.", example = "en")
        String sourceLanguage,
        @Schema(description = "True when the source changed (an edit or a correction, not a minor edit) after "
                + "this translation was last brought in step with it (a translator's edit, or "
                + "markTranslationInSync): the translation may be out of date.",
                example = "false")
        boolean stale) {
}
