package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedArticleEditorialResourceTest {

    private static final String PINS = "/api/v1/editorial/articles/{id}/related";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void editorsPinRelatedArticlesThatReadersSeeFirst() {
        Article article = fixtures.article(fixtures.section("Pinned home")).headline("Main").create();
        Article pin = fixtures.article(fixtures.section("Pinned away")).headline("Pinned").create();

        editorial.editor().contentType("application/json").body(Map.of("relatedIds", List.of(pin.getId())))
                .put(PINS, article.getId()).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("relatedIds", contains(pin.getId().toString()));
        editorial.editor().get(PINS, article.getId()).then().statusCode(200)
                .body("relatedIds", contains(pin.getId().toString()));
        api().get("/api/v1/articles/{id}/related", article.getId()).then().statusCode(200)
                .body("data[0].headline", equalTo("Pinned"));
    }

    @Test
    void badPinsAreRefusedAndChangeNothing() {
        Section section = fixtures.section("Pins");
        Article article = fixtures.article(section).create();
        Article pin = fixtures.article(section).create();
        editorial.editor().contentType("application/json").body(Map.of("relatedIds", List.of(pin.getId())))
                .put(PINS, article.getId()).then().statusCode(200);

        api().contentType("application/json").body(Map.of("relatedIds", List.of()))
                .put(PINS, article.getId()).then().statusCode(401);
        editorial.editor().contentType("application/json")
                .body(Map.of("relatedIds", List.of(article.getId(), UUID.randomUUID())))
                .put(PINS, article.getId()).then().statusCode(422)
                .body("errors.pointer", contains("/relatedIds/0", "/relatedIds/1"));
        editorial.editor().contentType("application/json").body(Map.of("relatedIds", List.of()))
                .put(PINS, UUID.randomUUID()).then().statusCode(404);

        editorial.editor().get(PINS, article.getId()).then().statusCode(200)
                .body("relatedIds", contains(pin.getId().toString()));
    }
}
