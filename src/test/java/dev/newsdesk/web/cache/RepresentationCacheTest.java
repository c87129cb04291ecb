package dev.newsdesk.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * tells downstream caches how old a copy is: the two facts the scale-out guarantee in the README rests on.
 */
class RepresentationCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));

    @Test
    void servesACopyUntilItsTtlHasPassedThenRendersAgain() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(2), 100);
        cache.put("/api/v1/articles/1", rendered("a"));

        clock.advance(Duration.ofMillis(1999));
        assertEquals("a", cache.find("/api/v1/articles/1").tag());
        clock.advance(Duration.ofMillis(1));
        assertNull(cache.find("/api/v1/articles/1"));
    }

    @Test
    void oneRequestRendersAnExpiredCopyAgainWhileTheOthersKeepTheOldOneForAtMostOneMoreTtl() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(2), 100);
        cache.put("/api/v1/articles/1", rendered("a"));

        clock.advance(Duration.ofSeconds(2));
        assertNull(cache.find("/api/v1/articles/1"), "the first request after the TTL renders");
        assertEquals("a", cache.find("/api/v1/articles/1").tag(), "the others meanwhile get the old copy");
        clock.advance(Duration.ofMillis(1999));
        assertEquals("a", cache.find("/api/v1/articles/1").tag());
        clock.advance(Duration.ofMillis(1));
        assertNull(cache.find("/api/v1/articles/1"), "two TTLs old: never served, whoever was rendering");
        assertNull(cache.find("/api/v1/articles/1"));

        cache.put("/api/v1/articles/1", rendered("b"));
        assertEquals("b", cache.find("/api/v1/articles/1").tag());
        clock.advance(Duration.ofSeconds(2));
        assertNull(cache.find("/api/v1/articles/1"));
        cache.put("/api/v1/articles/1", rendered("c"));
        assertEquals("c", cache.find("/api/v1/articles/1").tag(), "a new copy ends the refresh");
    }

    @Test
    void ageIsRoundedUpSoDownstreamCachesNeverThinkACopyFresher() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(5), 100);
        CachedRepresentation rep = rendered("a");
        assertEquals(0, cache.ageSeconds(rep));
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, cache.ageSeconds(rep));
        clock.advance(Duration.ofMillis(1999));
        assertEquals(2, cache.ageSeconds(rep));
    }

    @Test
    void aZeroTtlTurnsTheCacheOff() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ZERO, 100);
        cache.put("/x", rendered("a"));
        assertFalse(cache.enabled());
        assertNull(cache.find("/x"));
    }

    @Test
    void staysWithinItsBoundWhenManyDistinctUrlsArrive() {
        RepresentationCache cache = new RepresentationCache(clock, Duration.ofSeconds(5), 3);
        for (int i = 0; i < 10; i++) {
            cache.put("/x" + i, rendered("t" + i));
        }
        int live = 0;
        for (int i = 0; i < 10; i++) {
            live += cache.find("/x" + i) != null ? 1 : 0;
        }
        assertTrue(live >= 1 && live <= 3, "live entries: " + live);
        assertNotNull(cache.find("/x9"), "the latest entry is kept");
    }

    private CachedRepresentation rendered(String tag) {
        return new CachedRepresentation(new byte[0], null, tag, clock.instant(), Set.of(), "articles", "public",
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
