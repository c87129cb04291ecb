package dev.newsdesk.collection;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleStatus;
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
class CollectionEditorialResourceTest {

    private static final String COLLECTIONS = "/api/v1/editorial/collections";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void adminCreatesReordersAddsRemovesAndDeletes() {
        Section section = fixtures.section("Curated");
        Article a = fixtures.article(section).headline("A").create();
        Article b = fixtures.article(section).headline("B").create();
        Article scheduled = fixtures.article(section).headline("Later").status(ArticleStatus.DRAFT).create();
        String slug = Fixtures.unique("pick");

        editorial.admin().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Editor's Pick", "section", section.getSlug(),
                        "articleIds", List.of(a.getId(), b.getId())))
                .post(COLLECTIONS).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/collections/" + slug))
                .body("items.headline", contains("A", "B"));
        editorial.admin().contentType("application/json")
                .body(Map.of("articleIds", List.of(b.getId(), a.getId())))
                .put(COLLECTIONS + "/{slug}/items", slug).then().statusCode(200)
                .body("items.headline", contains("B", "A"));
        editorial.admin().contentType("application/json")
                .body(Map.of("articleId", scheduled.getId(), "position", 0))
                .post(COLLECTIONS + "/{slug}/items", slug).then().statusCode(200)
                .body("items.headline", contains("Later", "B", "A"))
                .body("items.visible", contains(false, true, true));
        api().get("/api/v1/collections/{slug}", slug).then().statusCode(200)
                .body("items.headline", contains("B", "A"));

        editorial.admin().delete(COLLECTIONS + "/{slug}/items/{id}", slug, b.getId()).then().statusCode(200)
                .body("items.headline", contains("Later", "A"));
        editorial.admin().get(COLLECTIONS + "/{slug}", slug).then().statusCode(200)
                .body("items.status", contains("draft", "published"));
        editorial.admin().delete(COLLECTIONS + "/{slug}", slug).then().statusCode(204);
        api().get("/api/v1/collections/{slug}", slug).then().statusCode(404);
    }

    @Test
    void onlyAdminsMayAndBadEditsChangeNothing() {
        Section section = fixtures.section("Strict picks");
        Article a = fixtures.article(section).headline("A").create();
        String slug = Fixtures.unique("pick");
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Pick", "articleIds", List.of(a.getId())))
                .post(COLLECTIONS).then().statusCode(201);

        api().contentType("application/json").body(Map.of("articleIds", List.of()))
                .put(COLLECTIONS + "/{slug}/items", slug).then().statusCode(401);
        editorial.editor().contentType("application/json").body(Map.of("articleIds", List.of()))
                .put(COLLECTIONS + "/{slug}/items", slug).then().statusCode(403);
        editorial.admin().contentType("application/json")
                .body(Map.of("articleIds", List.of(UUID.randomUUID())))
                .put(COLLECTIONS + "/{slug}/items", slug).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/articleIds/0"));
        editorial.admin().contentType("application/json").body(Map.of("articleId", a.getId()))
                .post(COLLECTIONS + "/{slug}/items", slug).then().statusCode(409);
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Again"))
                .post(COLLECTIONS).then().statusCode(409).body("errors[0].pointer", equalTo("/slug"));
        editorial.admin().contentType("application/json").body(Map.of("slug", "Bad Slug", "name", ""))
                .post(COLLECTIONS).then().statusCode(422);
        editorial.admin().delete(COLLECTIONS + "/{slug}/items/{id}", slug, "not-a-uuid").then().statusCode(400);
        editorial.admin().delete(COLLECTIONS + "/{slug}/items/{id}", slug, UUID.randomUUID()).then().statusCode(404);
        editorial.admin().get(COLLECTIONS + "/{slug}", "no-such-collection-x").then().statusCode(404);

        api().get("/api/v1/collections/{slug}", slug).then().statusCode(200).body("items.headline", contains("A"));
    }
}
