package dev.newsdesk.syndication;

import java.time.Instant;

/** How many visible articles a month holds and their latest change (null when it holds none). */
public record SitemapMonth(long count, Instant lastModified) {
}
