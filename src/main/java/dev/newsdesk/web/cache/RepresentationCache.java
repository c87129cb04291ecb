package dev.newsdesk.web.cache;

import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-instance cache of rendered public responses, keyed by path and query. Entries live for a short TTL and are
 * never shared between instances, so there is nothing to invalidate across a cluster: a write made through any
 * instance shows everywhere within twice the TTL, and the Age header makes CDNs count that time against max-age.
 * <p>
 * When a copy's TTL has passed, one request renders it again while the others keep getting the old copy for at most
 * one more TTL: under load, an expiring copy would otherwise send every concurrent request to the database at once.
 */
@ApplicationScoped
public class RepresentationCache {

    private final ConcurrentHashMap<String, CachedRepresentation> entries = new ConcurrentHashMap<>();
    /** Keys whose expired copy one request is rendering again. */
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
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

    /**
     * The copy to answer with, or null when the caller must render: on a miss, for the one request that renders an
     * expired copy again, and for everyone once a copy is two TTLs old. Called for every public GET, so a fresh hit
     * allocates nothing.
     */
    public CachedRepresentation find(String key) {
        if (!enabled()) {
            return null;
        }
        CachedRepresentation entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        long age = clock.millis() - entry.renderedAtMillis();
        if (age < ttlMillis) {
            return entry;
        }
        if (age >= 2 * ttlMillis) {
            // Whoever was rendering it did not store a new copy (an error, or the content is gone): stop serving it.
            entries.remove(key, entry);
            refreshing.remove(key);
            return null;
        }
        return refreshing.add(key) ? null : entry;
    }

    public void put(String key, CachedRepresentation representation) {
        if (!enabled()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            long now = clock.millis();
            entries.values().removeIf(e -> now - e.renderedAtMillis() >= 2 * ttlMillis);
            if (entries.size() >= maxEntries) {
                // Still full of live entries: a burst of distinct URLs. Dropping everything is cheap and safe,
                // since every entry is at most one TTL away from being re-rendered anyway.
                entries.clear();
                refreshing.clear();
            }
        }
        entries.put(key, representation);
        refreshing.remove(key);
    }

    /** Whole seconds since the entry was rendered, rounded up so downstream caches never think it fresher. */
    public long ageSeconds(CachedRepresentation representation) {
        long millis = clock.millis() - representation.renderedAtMillis();
        return Math.max(0, (millis + 999) / 1000);
    }
}
