package dev.newsdesk.article.api;

import dev.newsdesk.seo.api.SeoInput;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialArticle", description = "An article in any state, as the newsroom edits it. Its ETag header "
        + "is the version to send as If-Match with the next change.")
public record EditorialArticle(
        @Schema(readOnly = true, example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77") UUID id,
        @Schema(readOnly = true, enumeration = {"draft", "published", "unpublished", "deleted"}, example = "published")
        String status,
        @Schema(readOnly = true, enumeration = {"draft", "scheduled", "live", "expired", "unpublished", "deleted"},
                description = "What readers get right now: only live articles are on the delivery API.", example = "live")
        String state,
        @Schema(example = "port-strike-enters-second-week") String slug,
        @Schema(example = "Port strike enters its second week") String headline,
        @Schema(nullable = true, example = "Dock workers and operators return to talks as cargo piles up.")
        String standfirst,
        @Schema(example = "en") String language,
        @Schema(example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") UUID sectionId,
        @Schema(nullable = true, example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11") UUID leadMediaId,
        List<UUID> authorIds,
        List<UUID> tagIds,
        @Schema(description = "Body blocks as stored: image blocks carry mediaId only.") List<BodyBlock> body,
        @Schema(description = "SEO and social metadata as set (no defaults applied); robots [] for none.") SeoInput seo,
        @Schema(readOnly = true, example = "2019-04-25T17:02:11+09:00") OffsetDateTime createdAt,
        @Schema(readOnly = true, nullable = true, example = "2019-04-25T18:38:40+09:00") OffsetDateTime firstPublishedAt,
        @Schema(readOnly = true, nullable = true, example = "2019-04-25T18:38:40+09:00") OffsetDateTime publishedAt,
        @Schema(readOnly = true, example = "2019-04-25T21:08:35+09:00") OffsetDateTime updatedAt,
        @Schema(readOnly = true, nullable = true, example = "2019-05-25T18:38:40+09:00") OffsetDateTime expiresAt,
        @Schema(readOnly = true, description = "Number of the revision readers see; 0 before first publication.",
                example = "3")
        int revision,
        @Schema(readOnly = true, example = "/international/port-strike-enters-second-week") String canonicalPath,
        @Schema(readOnly = true, nullable = true, description = "Content saved for review but not yet what readers "
                + "see; null when there is none. Publishing the article makes it live; discardPendingDraft drops it.")
        PendingDraft pendingDraft,
        @Schema(readOnly = true, description = "The article's translation group, the article it was translated from "
                + "and whether that one changed since (stale).")
        ArticleTranslation translation) {
}
