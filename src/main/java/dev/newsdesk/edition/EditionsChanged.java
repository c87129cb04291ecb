package dev.newsdesk.edition;

import java.time.Instant;

/**
 * Fired inside the transaction that replaced the editions: the site document shows the default language and the
 * edition list, so the site feature updates its row and stages its new state for the change log.
 */
public record EditionsChanged(Editions editions, Instant at) {
}
