package dev.newsdesk.web.cache;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Article;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.Metrics;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-instance cache holds at most its weight in bytes, whatever URLs arrive, and says so on /q/metrics: the
 * bytes held against the bound and the evictions. A small bound here, so a few dozen articles overflow it.
 */
@QuarkusTest
@TestProfile(CacheBoundTest.SmallCache.class)
class CacheBoundTest {

    private static final long MAX_WEIGHT = 32 * 1024;

    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;

    @BeforeEach
    void fixClock() {
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void manyDistinctPagesNeverHoldMoreThanTheBound() {
        Section section = fixtures.section("Bound");
        double evictionsBefore = metric("cache_evictions_total");
        for (int i = 0; i < 40; i++) {
            Article article = fixtures.article(section).headline("Bounded " + i).create();
            api().get("/api/v1/articles/" + article.getId()).then().statusCode(200);
        }

        assertEquals(MAX_WEIGHT, metric("cache_max_weight_bytes"));
        double weight = metric("cache_weighted_size_bytes");
        assertTrue(weight > 0 && weight <= MAX_WEIGHT, "bytes held: " + weight);
        assertTrue(metric("cache_size") < 40, "copies held: " + metric("cache_size"));
        assertTrue(metric("cache_evictions_total") - evictionsBefore >= 1, "evictions");
        assertTrue(metric("cache_eviction_weight_bytes_total") > 0, "bytes evicted");
    }

    private static double metric(String name) {
        return Metrics.sample(name, "cache=\"representations\"");
    }

    /** The cache on with a 32 KB bound, in a database of its own. */
    public static class SmallCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.newsdesk.http-cache.local-cache.ttl", "5s",
                    "%test.newsdesk.http-cache.local-cache.max-weight", "32K",
                    "%test.newsdesk.http-cache.local-cache.max-entry-size", "8K",
                    "%test.newsdesk-db.url.h2",
                    "jdbc:h2:mem:cachebound;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }
}
