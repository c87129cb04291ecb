package dev.newsdesk.article.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A translator's word that the translation was reviewed against its source: the source's revision they read, so a
 * source changed in the meantime is not marked as reviewed.
 */
@Schema(name = "TranslationSyncRequest", description = "The source's revision the translation was reviewed "
        + "against: the newest number in listEditorialRevisions of the source.")
public record TranslationSyncRequest(
        @NotNull @Min(1)
        @Schema(description = "The number of the source's newest revision when the translation was reviewed.",
                example = "4", required = true, minimum = "1")
        Integer sourceRevision) {
}
