package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedArticleEditorialResourceTest {

    private static final String PINS = "/api/v1/editorial/articles/{id}/related";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void publishersPinRelatedArticlesThatReadersSeeFirst() {
        Article article = fixtures.article(fixtures.section("Pinned home")).headline("Main").create();
        Article pin = fixtures.article(fixtures.section("Pinned away")).headline("Pinned").create();
        String etag = etag(article);

        String changed = editorial.publisher().contentType("application/json").header("If-Match", etag)
                .body(Map.of("relatedIds", List.of(pin.getId())))
                .put(PINS, article.getId()).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("relatedIds", contains(pin.getId().toString())).extract().header("ETag");
        assertNotEquals(etag, changed);
        editorial.editor().get(PINS, article.getId()).then().statusCode(200).header("ETag", changed)
                .body("relatedIds", contains(pin.getId().toString()));
        api().get("/api/v1/articles/{id}/related", article.getId()).then().statusCode(200)
                .body("data[0].headline", equalTo("Pinned"));
    }

    @Test
    void anEditorPinsADraftButNotWhatReadersOfAPublishedArticleSee() {
        Section section = fixtures.section("Pins by role");
        Article draft = fixtures.article(section).status(ArticleStatus.DRAFT).create();
        Article live = fixtures.article(section).create();
        Article pin = fixtures.article(section).create();

        editorial.editor().contentType("application/json").header("If-Match", etag(draft))
                .body(Map.of("relatedIds", List.of(pin.getId())))
                .put(PINS, draft.getId()).then().statusCode(200).body("relatedIds", contains(pin.getId().toString()));
        editorial.editor().contentType("application/json").header("If-Match", etag(live))
                .body(Map.of("relatedIds", List.of(pin.getId())))
                .put(PINS, live.getId()).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"))
                .body("detail", equalTo("Changing the related stories of a published article needs a publisher key"));
        editorial.editor().get(PINS, live.getId()).then().statusCode(200).body("relatedIds", empty());
    }

    @Test
    void badPinsAreRefusedAndChangeNothing() {
        Section section = fixtures.section("Pins");
        Article article = fixtures.article(section).create();
        Article pin = fixtures.article(section).create();
        String etag = editorial.publisher().contentType("application/json").header("If-Match", etag(article))
                .body(Map.of("relatedIds", List.of(pin.getId())))
                .put(PINS, article.getId()).then().statusCode(200).extract().header("ETag");

        api().contentType("application/json").body(Map.of("relatedIds", List.of()))
                .put(PINS, article.getId()).then().statusCode(401);
        editorial.publisher().contentType("application/json")
                .body(Map.of("relatedIds", List.of())).put(PINS, article.getId()).then().statusCode(428)
                .body("errors[0].parameter", equalTo("If-Match"));
        editorial.publisher().contentType("application/json").header("If-Match", "\"r000000000000000000000000\"")
                .body(Map.of("relatedIds", List.of())).put(PINS, article.getId()).then().statusCode(412);
        editorial.publisher().contentType("application/json").header("If-Match", etag)
                .body(Map.of("relatedIds", List.of(article.getId(), UUID.randomUUID())))
                .put(PINS, article.getId()).then().statusCode(422)
                .body("errors.pointer", contains("/relatedIds/0", "/relatedIds/1"));
        editorial.publisher().contentType("application/json").header("If-Match", "*")
                .body(Map.of("relatedIds", List.of())).put(PINS, UUID.randomUUID()).then().statusCode(404);

        editorial.editor().get(PINS, article.getId()).then().statusCode(200).header("ETag", etag)
                .body("relatedIds", contains(pin.getId().toString()));
    }

    @Test
    void twoPublishersReplacingThePinsAtOnceNeverBothWinNorFail() throws Exception {
        Section section = fixtures.section("Pin race");
        Article article = fixtures.article(section).create();
        for (int round = 0; round < 5; round++) {
            String etag = etag(article);
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> writers = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                // Pins no earlier round wrote: the winner always changes them, so the other's If-Match is stale.
                String pin = fixtures.article(section).create().getId().toString();
                writers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return editorial.publisher().contentType("application/json").header("If-Match", etag)
                            .body(Map.of("relatedIds", List.of(pin)))
                            .put(PINS, article.getId()).then().extract().statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> writer : writers) {
                statuses.add(writer.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses, "round " + round);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String etag(Article article) {
        return editorial.editor().get(PINS, article.getId()).then().statusCode(200).extract().header("ETag");
    }
}
