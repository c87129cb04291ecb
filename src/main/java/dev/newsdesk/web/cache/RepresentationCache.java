package dev.newsdesk.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-instance cache of rendered public responses, keyed by path and query. Entries live for a short TTL and are
 * never shared between instances, so there is nothing to invalidate across a cluster: a write made through any
 * instance shows everywhere within twice the TTL, and the Age header makes CDNs count that time against max-age.
 * <p>
 * Caffeine bounds it by bytes (every client can make distinct URLs, so a bound by count lets one fill the heap),
 * drops copies two TTLs after they were rendered and picks what to evict by how often each key is asked for, so a
 * flood of one-off URLs does not push out the pages readers want. Eviction runs on the thread that stores a copy:
 * the bound holds before the next request, even when the CPUs are busy.
 * <p>
 * When a copy's TTL has passed, one request renders it again while the others keep getting the old copy for at most
 * one more TTL: under load, an expiring copy would otherwise send every concurrent request to the database at once.
 * Caffeine's own refreshAfterWrite would need a loader that renders off the request; rendering is a whole JAX-RS
 * request (security, filters, the resource), so the request that finds the copy due does it instead.
 * <p>
 * A write through this instance empties the cache once it has committed ({@link #invalidateAll}), so the instance
 * that took an unpublish or a delete never serves the old copy afterwards. A generation number guards the race with
 * a read that rendered before the commit and stores after it: a copy is kept only if no write committed since its
 * request began.
 */
@ApplicationScoped
public class RepresentationCache {

    private final Cache<String, CachedRepresentation> entries;
    private final Clock clock;
    private final long ttlMillis;
    private final long maxWeight;
    private final long maxEntrySize;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder tooLarge = new LongAdder();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    public RepresentationCache(Clock clock, NewsdeskConfig config) {
        this(clock, config.httpCache().localCache().ttl(),
                config.httpCache().localCache().maxWeight().asLongValue(),
                config.httpCache().localCache().maxEntrySize().asLongValue());
    }

    RepresentationCache(Clock clock, Duration ttl, long maxWeight, long maxEntrySize) {
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
        this.maxWeight = maxWeight;
        this.maxEntrySize = Math.min(maxEntrySize, maxWeight);
        this.entries = ttlMillis <= 0 || maxWeight <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((String key, CachedRepresentation rep) -> weight(key, rep))
                .expireAfterWrite(Duration.ofMillis(2 * ttlMillis))
                // The application clock, so tests cross a TTL by moving it.
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    public boolean enabled() {
        return entries != null;
    }

    /**
     * The copy to answer with, or null when the caller must render: on a miss, for the one request that renders an
     * expired copy again, and for everyone once a copy is two TTLs old (Caffeine has dropped it then). Called for
     * every public GET, so a fresh hit allocates nothing.
     */
    public CachedRepresentation find(String key) {
        if (entries == null) {
            return null;
        }
        CachedRepresentation entry = entries.getIfPresent(key);
        long now = clock.millis();
        if (entry != null && entry.outdatedAt(now)) {
            // Past a rights boundary even the stale copy shows what may no longer be shown: everyone renders.
            entries.invalidate(key);
            entry = null;
        }
        if (entry == null || (now - entry.renderedAtMillis() >= ttlMillis && entry.claimRefresh())) {
            misses.increment();
            return null;
        }
        hits.increment();
        return entry;
    }

    /** The number of writes this instance has seen commit; a request notes it before it reads anything. */
    public long generation() {
        return generation.get();
    }

    /**
     * Keeps a copy rendered by a request that began in {@code renderedInGeneration}, unless a write has committed
     * since (the copy may predate it) or it weighs more than an entry may: then no copy of that URL is kept at all.
     */
    public void put(String key, CachedRepresentation representation, long renderedInGeneration) {
        if (entries == null) {
            return;
        }
        if (weight(key, representation) > maxEntrySize) {
            tooLarge.increment();
            entries.invalidate(key);
            return;
        }
        if (generation.get() != renderedInGeneration) {
            return;
        }
        entries.put(key, representation);
        // A write that committed between the check and the put has emptied the cache before this copy arrived.
        if (generation.get() != renderedInGeneration) {
            entries.invalidate(key);
        }
    }

    /** Drops every copy: called once a write through this instance has committed. */
    public void invalidateAll() {
        generation.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    /** Whole seconds since the entry was rendered, rounded up so downstream caches never think it fresher. */
    public long ageSeconds(CachedRepresentation representation) {
        long millis = clock.millis() - representation.renderedAtMillis();
        return Math.max(0, (millis + 999) / 1000);
    }

    /** What the cache holds and has done, for the metrics: counts since start, sizes now. */
    public Stats stats() {
        if (entries == null) {
            return new Stats(0, 0, 0, 0, 0, 0, 0, 0);
        }
        entries.cleanUp(); // pending maintenance first, so the weight is that of the copies still held
        CacheStats caffeine = entries.stats();
        long weighted = entries.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
        return new Stats(hits.sum(), misses.sum(), caffeine.evictionCount(), caffeine.evictionWeight(),
                tooLarge.sum(), entries.estimatedSize(), weighted, maxWeight);
    }

    private static int weight(String key, CachedRepresentation rep) {
        return (int) Math.min(Integer.MAX_VALUE, (long) key.length() + rep.weight());
    }

    /**
     * @param hits       requests answered from a stored copy
     * @param misses     requests that had to render (no copy, or the one that renders an expired copy again)
     * @param evictions  copies dropped to stay within the weight bound or because they expired
     * @param tooLarge   responses not kept because they weigh more than an entry may
     * @param weight     bytes held now; never more than maxWeight
     */
    public record Stats(long hits, long misses, long evictions, long evictedWeight, long tooLarge, long entries,
                        long weight, long maxWeight) {

        public double hitRatio() {
            long requests = hits + misses;
            return requests == 0 ? 0 : (double) hits / requests;
        }
    }
}
