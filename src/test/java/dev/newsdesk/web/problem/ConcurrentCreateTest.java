package dev.newsdesk.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two creates of one slug at the same moment both find it free, and the database's unique key decides: the loser
 * gets the 409 it would have got a moment later, never a 500. Raced many times, so the window where both checks
 * pass is hit on every run.
 */
@QuarkusTest
class ConcurrentCreateTest {

    private static final int ROUNDS = 30;

    @Inject
    EditorialFixtures editorial;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoCreatesOfOneSlugAtOnceAreOne201AndOne409() throws Exception {
        editorial.key(dev.newsdesk.security.Role.EDITOR); // created before the race, not during it
        for (int round = 0; round < ROUNDS; round++) {
            String slug = Fixtures.unique("race");
            Map<String, Object> tag = Map.of("slug", slug, "name", "Race " + round, "type", "topic");
            List<Response> answers = race(() -> editorial.editor().contentType("application/json").body(tag)
                    .post("/api/v1/editorial/tags"));

            assertEquals(List.of(201, 409), answers.stream().map(Response::statusCode).toList(), "round " + round);
            Response conflict = answers.get(1);
            assertEquals("application/problem+json", conflict.contentType());
            // Which check refused it depends on the timing: the service's own, or the unique key at commit.
            String detail = conflict.path("detail");
            assertTrue(detail.equals("Another tag already has the slug '" + slug + "'")
                    || detail.equals("Another tag already has this slug"), detail);
            assertEquals(Map.of("type", "urn:newsdesk:problem:conflict", "title", "Conflict", "status", 409,
                    "detail", detail, "instance", "/api/v1/editorial/tags", "code", "CONFLICT",
                    "errors", List.of(Map.of("pointer", "/slug", "message", "already used by another tag"))),
                    conflict.path(""));
        }
    }

    /** Sends the request from two threads released together; the answers sorted by status. */
    private List<Response> race(java.util.function.Supplier<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sent.add(threads.submit(() -> {
                start.await();
                return request.get();
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            answers.add(answer.get(30, TimeUnit.SECONDS));
        }
        answers.sort(Comparator.comparingInt(Response::statusCode));
        return answers;
    }
}
