package dev.newsdesk.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The per-instance cache never serves a copy older than twice its TTL, whatever happened on other instances, and
 * tells downstream caches how old a copy is: the two facts the scale-out guarantee in the README rests on. It never
 * holds more bytes than its bound, whatever URLs arrive.
 */
class RepresentationCacheTest {

    private static final long MB = 1 << 20;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));

    @Test
    void servesACopyUntilItsTtlHasPassedThenRendersAgain() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(2), MB, MB);
        cache.put("/api/v1/articles/1", rendered("a"), cache.generation());

        clock.advance(Duration.ofMillis(1999));
        assertEquals("a", cache.find("/api/v1/articles/1").tag());
        clock.advance(Duration.ofMillis(1));
        assertNull(cache.find("/api/v1/articles/1"));
    }

    @Test
    void aWriteEmptiesTheCacheAndACopyRenderedBeforeItIsNotKept() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(60), MB, MB);
        cache.put("/api/v1/articles/1", rendered("a"), cache.generation());
        long before = cache.generation();

        cache.invalidateAll();
        assertNull(cache.find("/api/v1/articles/1"));
        cache.put("/api/v1/articles/1", rendered("read before the write"), before);
        assertNull(cache.find("/api/v1/articles/1"), "a copy rendered before the write is not kept");

        cache.put("/api/v1/articles/1", rendered("b"), cache.generation());
        assertEquals("b", cache.find("/api/v1/articles/1").tag());
    }

    @Test
    void oneRequestRendersAnExpiredCopyAgainWhileTheOthersKeepTheOldOneForAtMostOneMoreTtl() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(2), MB, MB);
        cache.put("/api/v1/articles/1", rendered("a"), cache.generation());

        clock.advance(Duration.ofSeconds(2));
        assertNull(cache.find("/api/v1/articles/1"), "the first request after the TTL renders");
        assertEquals("a", cache.find("/api/v1/articles/1").tag(), "the others meanwhile get the old copy");
        clock.advance(Duration.ofMillis(1999));
        assertEquals("a", cache.find("/api/v1/articles/1").tag());
        clock.advance(Duration.ofMillis(1));
        assertNull(cache.find("/api/v1/articles/1"), "two TTLs old: never served, whoever was rendering");
        assertNull(cache.find("/api/v1/articles/1"));

        cache.put("/api/v1/articles/1", rendered("b"), cache.generation());
        assertEquals("b", cache.find("/api/v1/articles/1").tag());
        clock.advance(Duration.ofSeconds(2));
        assertNull(cache.find("/api/v1/articles/1"));
        cache.put("/api/v1/articles/1", rendered("c"), cache.generation());
        assertEquals("c", cache.find("/api/v1/articles/1").tag(), "a new copy ends the refresh");
    }

    @Test
    void aCopyIsNeverServedFromTheMomentWhatItShowsChangesByItself() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(2), MB, MB);
        // A photo on this page stops being shown in 500 ms (its usage rights end): sooner than the TTL.
        Instant rightsEnd = clock.instant().plusMillis(500);
        cache.put("/api/v1/articles/1", new CachedRepresentation(new byte[0], null, "a", clock.instant(), Set.of(),
                "articles", "public", clock.instant(), Map.of(), null, rightsEnd), cache.generation());

        clock.advance(Duration.ofMillis(499));
        assertEquals("a", cache.find("/api/v1/articles/1").tag());
        clock.advance(Duration.ofMillis(1));
        assertNull(cache.find("/api/v1/articles/1"), "the request at the boundary renders");
        assertNull(cache.find("/api/v1/articles/1"), "and so does everyone else: no stale copy past the boundary");
    }

    @Test
    void ageIsRoundedUpSoDownstreamCachesNeverThinkACopyFresher() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(5), MB, MB);
        CachedRepresentation rep = rendered("a");
        assertEquals(0, cache.ageSeconds(rep));
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, cache.ageSeconds(rep));
        clock.advance(Duration.ofMillis(1999));
        assertEquals(2, cache.ageSeconds(rep));
    }

    @Test
    void aZeroTtlTurnsTheCacheOff() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ZERO, MB, MB);
        cache.put("/x", rendered("a"), cache.generation());
        assertFalse(cache.enabled());
        assertNull(cache.find("/x"));
    }

    @Test
    void staysWithinItsWeightInBytesWhenManyDistinctUrlsArrive() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(5), 100_000, 20_000);
        for (int i = 0; i < 1_000; i++) {
            cache.put("/api/v1/articles?limit=100&x=" + i, rendered("t" + i, 10_000), cache.generation());
            assertTrue(cache.stats().weight() <= 100_000, "weight after " + i + ": " + cache.stats().weight());
        }
        RepresentationCache.Stats stats = cache.stats();
        assertTrue(stats.entries() >= 5 && stats.entries() <= 10, "entries: " + stats.entries());
        assertEquals(1_000 - stats.entries(), stats.evictions());
        assertEquals(100_000, stats.maxWeight());
    }

    @Test
    void aResponseHeavierThanAnEntryMayIsNotKeptAndTakesTheOldCopyWithIt() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(5), 100_000, 20_000);
        cache.put("/api/v1/articles", rendered("small", 1_000), cache.generation());
        cache.put("/api/v1/articles", rendered("large", 20_000), cache.generation());

        assertNull(cache.find("/api/v1/articles"));
        assertEquals(1, cache.stats().tooLarge());
        assertEquals(0, cache.stats().weight());
    }

    @Test
    void copiesTwoTtlsOldAreDroppedWithoutBeingAskedFor() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(1), MB, MB);
        cache.put("/a", rendered("a", 1_000), cache.generation());
        cache.put("/b", rendered("b", 1_000), cache.generation());
        clock.advance(Duration.ofSeconds(2));

        RepresentationCache.Stats stats = cache.stats();
        assertEquals(0, stats.entries());
        assertEquals(0, stats.weight());
        assertEquals(2, stats.evictions());
    }

    @Test
    void countsHitsAndMissesAsRequestsSawThem() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(2), MB, MB);
        assertNull(cache.find("/a"));
        cache.put("/a", rendered("a"), cache.generation());
        cache.find("/a");
        cache.find("/a");
        clock.advance(Duration.ofSeconds(2));
        assertNull(cache.find("/a"), "the request that renders the expired copy again");
        cache.find("/a");

        RepresentationCache.Stats stats = cache.stats();
        assertEquals(3, stats.hits());
        assertEquals(2, stats.misses());
        assertEquals(0.6, stats.hitRatio(), 1e-9);
    }

    private CachedRepresentation rendered(String tag) {
        return rendered(tag, 0);
    }

    /** A copy of about this many bytes in all: the body makes up what the fixed parts do not. */
    private CachedRepresentation rendered(String tag, int weight) {
        CachedRepresentation empty = copy(tag, new byte[0]);
        return weight == 0 ? empty : copy(tag, new byte[Math.max(0, weight - empty.weight())]);
    }

    private CachedRepresentation copy(String tag, byte[] body) {
        return new CachedRepresentation(body, null, tag, clock.instant(), Set.of(), "articles", "public",
                clock.instant(), Map.of("Link", List.of("</x>; rel=\"self\"")), null);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
