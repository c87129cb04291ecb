package dev.newsdesk.change;

import dev.newsdesk.section.Section;
import dev.newsdesk.security.Role;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Write bursts against the change counter's lock (issue 10 remainder, bench/results/...-write-burst.md): N writers
 * each create, publish and edit articles through HTTP as fast as they can, without re-sending anything, first with
 * the counter lock waiting under the session's statement_timeout (as before), then with its own wait
 * (newsdesk.changes.counter-lock-wait), alternating, in one run. Counts 503s and writes per second. The statement
 * timeout is 1 s here instead of 10 s, so a burst this machine can make queues past it the way a bigger burst
 * queues past 10 s in production. Not part of the suite:
 * {@code ./mvnw -o test -Ppostgresql -Dtest=WriteBurstBench -Dwrite-burst-bench=true}.
 */
@QuarkusTest
@TestProfile(WriteBurstBench.ShortStatementTimeout.class)
@EnabledIfSystemProperty(named = "write-burst-bench", matches = "true")
class WriteBurstBench {

    private static final Logger LOG = Logger.getLogger(WriteBurstBench.class);
    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    public static class ShortStatementTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=1s",
                    "quarkus.datasource.jdbc.max-size", "80",
                    "%test.newsdesk-db.url.h2", "jdbc:h2:mem:burst;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=1000");
        }
    }

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    CounterLock counterLock;

    @Test
    void burstsOfWritersQueueOnTheCounterInsteadOfFailing() throws Exception {
        int writers = Integer.getInteger("write-burst-bench.writers", 64);
        int articles = Integer.getInteger("write-burst-bench.articles", 4);
        int rounds = Integer.getInteger("write-burst-bench.rounds", 2);
        Section section = fixtures.section("Burst desk");
        editorial.key(Role.PUBLISHER);
        editorial.key(Role.EDITOR);
        burst(section, 8, 1); // warm-up: JIT, pools
        List<String> lines = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Duration wait : List.of(Duration.ZERO, Duration.ofSeconds(60))) {
                counterLock.waitFor(wait);
                Result result = burst(section, writers, articles);
                String line = String.format("WRITE BURST BENCH round %d %-6s writers=%d writes=%d ok=%d 503=%d other=%s "
                                + "seconds=%.1f writes/s=%.1f", round, wait.isZero() ? "before" : "after", writers,
                        result.attempts(), result.ok(), result.unavailable(), result.other(), result.seconds(),
                        result.ok() / result.seconds());
                LOG.info(line);
                lines.add(line);
            }
        }
        lines.forEach(System.out::println);
    }

    record Result(int attempts, int ok, int unavailable, Map<Integer, Integer> other, double seconds) {
    }

    private Result burst(Section section, int writers, int articles) throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        Map<Integer, Integer> other = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                go.await();
                for (int a = 0; a < articles; a++) {
                    Response created = count(editorial.editor().contentType("application/json")
                            .body(editorial.draftBody(section, "Burst " + writer + "/" + a))
                            .post("/api/v1/editorial/articles"), 201, attempts, ok, unavailable, other);
                    if (created == null) {
                        continue;
                    }
                    String id = created.path("id");
                    Response published = count(editorial.publisher().contentType("application/json")
                            .header("If-Match", created.header("ETag")).body("{}").post(ARTICLE + "/publish", id),
                            200, attempts, ok, unavailable, other);
                    if (published == null) {
                        continue;
                    }
                    count(editorial.publisher().contentType("application/merge-patch+json")
                            .header("If-Match", published.header("ETag"))
                            .body(Map.of("headline", "Burst " + writer + "/" + a + ", edited")).patch(ARTICLE, id),
                            200, attempts, ok, unavailable, other);
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(attempts.get(), ok.get(), unavailable.get(), new TreeMap<>(other), seconds);
    }

    private static Response count(Response response, int expected, AtomicInteger attempts, AtomicInteger ok,
                                  AtomicInteger unavailable, Map<Integer, Integer> other) {
        attempts.incrementAndGet();
        if (response.statusCode() == expected) {
            ok.incrementAndGet();
            return response;
        }
        if (response.statusCode() == 503) {
            unavailable.incrementAndGet();
        } else {
            other.merge(response.statusCode(), 1, Integer::sum);
        }
        return null;
    }
}
