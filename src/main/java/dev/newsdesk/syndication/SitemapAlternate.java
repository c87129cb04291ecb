package dev.newsdesk.syndication;

import java.time.Instant;
import java.util.UUID;

/** A visible member of a translation group, as a sitemap names it among a URL's alternates. */
public record SitemapAlternate(UUID id, UUID translationGroup, String slug, UUID sectionId, String language,
                               Instant createdAt) {

    UUID groupId() {
        return translationGroup != null ? translationGroup : id;
    }
}
