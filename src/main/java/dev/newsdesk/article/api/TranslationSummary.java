package dev.newsdesk.article.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslationSummary", description = "One article of a translation group, as editors track it.")
public record TranslationSummary(
        @Schema(example = "fcba8de1-5c54-3612-9ac0-26597f40c8d2") UUID id,
        @Schema(example = "ko") String language,
        @Schema(example = "busan-fukuoka-ferry-adds-overnight-crossings-ko") String slug,
        @Schema(example = "부산-후쿠오카 여객선, 야간 운항 추가") String headline,
        @Schema(enumeration = {"draft", "published", "unpublished", "deleted"}, example = "draft") String status,
        @Schema(enumeration = {"draft", "scheduled", "live", "expired", "unpublished", "deleted"},
                description = "What readers get now.", example = "draft")
        String state,
        @Schema(nullable = true, description = "The article it was translated from; null for the original.")
        UUID sourceId,
        @Schema(description = "The source changed since this translation was last in step with it.",
                example = "false")
        boolean stale,
        @Schema(example = "2019-04-25T21:08:35+09:00") OffsetDateTime updatedAt) {
}
