package dev.newsdesk.change;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Seq in commit order under concurrency: 50 writers publish, edit, unpublish and delete while a client polls the
 * unfiltered feed. The client's view (upserts applied, tombstones removing) must end equal to what the delivery API
 * serves, and it must have seen every seq exactly once, without a gap.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";
    private static final int WRITERS = 50;

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void fiftyWritersAndAPollingClientAgree() throws Exception {
        Section section = fixtures.section("Busy desk");
        editorial.key(dev.newsdesk.security.Role.PUBLISHER);
        editorial.key(dev.newsdesk.security.Role.EDITOR);
        Client client = new Client();
        client.sync();
        Set<String> touched = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<?> poller = pool.submit(() -> {
                while (writing.get()) {
                    client.poll();
                }
                return null;
            });
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    go.await();
                    write(section, writer, touched);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            poller.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        client.poll();

        for (String id : touched) {
            int status = api().get("/api/v1/articles/{id}", id).then().extract().statusCode();
            assertEquals(status == 200, client.visible.contains(id), "article " + id + " answered " + status);
        }
        List<Long> seqs = client.seqs;
        for (int i = 1; i < seqs.size(); i++) {
            assertEquals(seqs.get(i - 1) + 1, seqs.get(i), "no seq missing or repeated");
        }
        assertTrue(seqs.size() >= WRITERS * 2, "the writers' changes were seen: " + seqs.size());
    }

    /**
     * Create, publish, edit; one writer in three unpublishes, one in five deletes. Writes queue on the change
     * counter as they commit and wait for their turn (newsdesk.changes.counter-lock-wait): nothing is sent twice, so
     * a 503 fails the test.
     */
    private void write(Section section, int writer, Set<String> touched) {
        Response created = send(() -> editorial.editor().contentType("application/json")
                .body(editorial.draftBody(section, "Busy story " + writer)).post("/api/v1/editorial/articles"), 201);
        String id = created.path("id");
        touched.add(id);
        String etag = send(() -> editorial.publisher().contentType("application/json")
                .header("If-Match", created.header("ETag")).body("{}").post(ARTICLE + "/publish", id), 200)
                .header("ETag");
        String published = etag;
        etag = send(() -> editorial.publisher().contentType("application/merge-patch+json")
                .header("If-Match", published).body(Map.of("headline", "Busy story " + writer + ", updated"))
                .patch(ARTICLE, id), 200).header("ETag");
        if (writer % 3 == 0) {
            String edited = etag;
            etag = send(() -> editorial.publisher().contentType("application/json").header("If-Match", edited)
                    .body("{}").post(ARTICLE + "/unpublish", id), 200).header("ETag");
        }
        if (writer % 5 == 0) {
            String last = etag;
            send(() -> editorial.publisher().header("If-Match", last).delete(ARTICLE, id), 204);
        }
    }

    private static Response send(java.util.function.Supplier<Response> request, int expected) {
        Response response = request.get();
        response.then().statusCode(expected);
        return response;
    }

    /** An app keeping an offline copy: which articles exist, by the unfiltered feed alone. */
    static final class Client {
        final Set<String> visible = new TreeSet<>();
        final List<Long> seqs = new ArrayList<>();
        private String token;

        void sync() {
            String next = null;
            boolean more = true;
            while (more) {
                var request = api().queryParam("limit", 200);
                if (next != null) {
                    request.queryParam("token", next);
                }
                JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
                apply(page.getList("items"));
                next = page.getString("next");
                more = page.getBoolean("hasMore") && page.getString("phase").equals("snapshot");
            }
            token = next;
        }

        synchronized void poll() {
            boolean more = true;
            while (more) {
                JsonPath page = api().queryParam("token", token).queryParam("limit", 50)
                        .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                apply(items);
                items.forEach(i -> seqs.add(((Number) i.get("seq")).longValue()));
                token = page.getString("next");
                more = page.getBoolean("hasMore");
            }
        }

        private void apply(List<Map<String, Object>> items) {
            for (Map<String, Object> item : items) {
                if (!"article".equals(item.get("type"))) {
                    continue;
                }
                if ("upsert".equals(item.get("op"))) {
                    visible.add((String) item.get("id"));
                } else {
                    visible.remove((String) item.get("id"));
                }
            }
        }
    }

}
