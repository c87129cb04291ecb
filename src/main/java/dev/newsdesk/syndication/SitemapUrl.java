package dev.newsdesk.syndication;

import java.time.Instant;
import java.util.UUID;

/** One URL of a monthly sitemap: what its loc and lastmod are made of, and its translation group. */
public record SitemapUrl(UUID id, String slug, UUID sectionId, Instant updatedAt, UUID translationGroup) {

    UUID groupId() {
        return translationGroup != null ? translationGroup : id;
    }
}
