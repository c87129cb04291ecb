package dev.newsdesk.article.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslationList", description = "Every article of a translation group, deleted ones included, "
        + "in the order they were created (the original first).")
public record TranslationList(
        @Schema(example = "fcba8de1-5c54-3612-9ac0-26597f40c8d2") UUID groupId,
        List<TranslationSummary> data) {
}
