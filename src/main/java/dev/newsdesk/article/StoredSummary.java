package dev.newsdesk.article;

import java.time.Instant;
import java.util.List;

/**
 * An article's stored list-page summary: its JSON, the surrogate keys of what it shows, the boundaries its render
 * reported (the latest passed, the next ahead), which a page showing it reports as a fresh render would, and the
 * latest update among what it shows (null in a document stored before that was kept).
 */
record StoredSummary(byte[] json, List<String> keys, Instant passed, Instant validUntil, Instant lastModified) {
}
