package dev.newsdesk.syndication;

import java.time.Instant;
import java.util.UUID;

/** One URL of the Google News sitemap: its loc, title, language and first publication. */
public record NewsSitemapUrl(UUID id, String slug, UUID sectionId, String headline, String language,
                             Instant firstPublishedAt) {
}
