package dev.newsdesk.web;

import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-instance cache of rendered public responses, keyed by path and query. Entries live for a short TTL and are
 * never shared between instances, so there is nothing to invalidate across a cluster: a write made through any
 * instance shows everywhere once the TTL has passed, and the Age header makes CDNs count that time against max-age.
 */
@ApplicationScoped
public class RepresentationCache {

    private final ConcurrentHashMap<String, CachedRepresentation> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final long ttlMillis;
    private final int maxEntries;

    @Inject
    public RepresentationCache(Clock clock, NewsdeskConfig config) {
        this(clock, config.httpCache().localCache().ttl(), config.httpCache().localCache().maxEntries());
    }

    RepresentationCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
    }

    public boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative() && maxEntries > 0;
    }

    /** The fresh copy stored under the key, or null: called for every public GET, so it allocates nothing. */
    public CachedRepresentation find(String key) {
        if (!enabled()) {
            return null;
        }
        CachedRepresentation entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (isExpired(entry, clock.millis())) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    public void put(String key, CachedRepresentation representation) {
        if (!enabled()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            long now = clock.millis();
            entries.values().removeIf(e -> isExpired(e, now));
            if (entries.size() >= maxEntries) {
                // Still full of live entries: a burst of distinct URLs. Dropping everything is cheap and safe,
                // since every entry is at most one TTL away from being re-rendered anyway.
                entries.clear();
            }
        }
        entries.put(key, representation);
    }

    /** Whole seconds since the entry was rendered, rounded up so downstream caches never think it fresher. */
    public long ageSeconds(CachedRepresentation representation) {
        long millis = clock.millis() - representation.renderedAtMillis();
        return Math.max(0, (millis + 999) / 1000);
    }

    private boolean isExpired(CachedRepresentation entry, long nowMillis) {
        return nowMillis - entry.renderedAtMillis() >= ttlMillis;
    }
}
