package dev.newsdesk.article;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two editors save the same version at the same moment: one wins, the other is told (412), nothing is lost. */
@QuarkusTest
class ConcurrentEditTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void exactlyOneOfTwoConcurrentEditorsWinsAndHisTextIsStored() throws Exception {
        Section section = fixtures.section("Concurrency");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Several rounds, so both races happen: the loser reading the old version, or losing at the write.
            for (int round = 0; round < 5; round++) {
                Response created = editorial.createDraft(section, "Round " + round);
                String id = created.path("id");
                String etag = created.header("ETag");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Response>> saves = new ArrayList<>();
                for (String editor : List.of("Alice", "Bob")) {
                    Map<String, Object> update = editorial.draftBody(section, editor + "'s headline " + round);
                    update.put("slug", created.path("slug"));
                    Callable<Response> save = () -> {
                        start.await();
                        return editorial.editor().contentType("application/json").header("If-Match", etag)
                                .body(update).put(ARTICLE, id).then().extract().response();
                    };
                    saves.add(pool.submit(save));
                }
                List<Response> winners = new ArrayList<>();
                List<Response> losers = new ArrayList<>();
                for (Future<Response> save : saves) {
                    Response response = save.get();
                    (response.statusCode() == 200 ? winners : losers).add(response);
                }
                assertEquals(1, winners.size(), "exactly one save wins");
                assertEquals(1, losers.size());
                assertEquals(412, losers.get(0).statusCode(), losers.get(0).asString());
                assertEquals("PRECONDITION_FAILED", losers.get(0).path("code"));
                String winningHeadline = winners.get(0).path("headline");
                assertTrue(winningHeadline.endsWith("'s headline " + round));
                editorial.editor().get(ARTICLE, id).then().statusCode(200)
                        .header("ETag", equalTo(winners.get(0).header("ETag")))
                        .body("headline", equalTo(winningHeadline));
                editorial.editor().get(ARTICLE + "/revisions", id).then()
                        .body("data.kind", org.hamcrest.Matchers.contains("created", "edited"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
