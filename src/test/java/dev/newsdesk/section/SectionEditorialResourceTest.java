package dev.newsdesk.section;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionEditorialResourceTest {

    private static final String SECTIONS = "/api/v1/editorial/sections";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void adminCreatesRenamesAndDeletesASection() {
        Section parent = fixtures.section("International");
        String slug = Fixtures.unique("asia");
        String id = editorial.admin().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Asia", "parentId", parent.getId().toString(), "position", 2))
                .post(SECTIONS).then().statusCode(201)
                .body("path", equalTo("/" + parent.getSlug() + "/" + slug))
                .extract().path("id");
        api().get("/api/v1/sections/{slug}", slug).then().statusCode(200).body("parent.slug", equalTo(parent.getSlug()));

        String etag = editorial.etagOf("sections", id);
        Map<String, Object> rename = Map.of("slug", slug, "name", "Asia-Pacific", "position", 3);
        editorial.admin().contentType("application/json").body(rename).put(SECTIONS + "/{id}", id).then().statusCode(428);
        String renamed = editorial.admin().contentType("application/json").header("If-Match", etag).body(rename)
                .put(SECTIONS + "/{id}", id).then().statusCode(200)
                .body("name", equalTo("Asia-Pacific")).body("path", equalTo("/" + slug)).extract().header("ETag");
        editorial.admin().contentType("application/json").header("If-Match", etag).body(rename)
                .put(SECTIONS + "/{id}", id).then().statusCode(412);
        editorial.admin().header("If-Match", etag).delete(SECTIONS + "/{id}", id).then().statusCode(412);
        editorial.admin().header("If-Match", renamed).delete(SECTIONS + "/{id}", id).then().statusCode(204);
        api().get("/api/v1/sections/{slug}", slug).then().statusCode(404);
    }

    @Test
    void sectionsWithArticlesOrChildrenStayAndBadInputChangesNothing() {
        Section withArticles = fixtures.section("Busy");
        fixtures.article(withArticles).status(ArticleStatus.DELETED).create();
        editorial.admin().header("If-Match", "*").delete(SECTIONS + "/{id}", withArticles.getId()).then().statusCode(409)
                .body("code", equalTo("CONFLICT"));
        Section parent = fixtures.section("Parent");
        fixtures.section("Child", parent, 1);
        editorial.admin().header("If-Match", "*").delete(SECTIONS + "/{id}", parent.getId()).then().statusCode(409);

        editorial.admin().contentType("application/json")
                .body(Map.of("slug", withArticles.getSlug(), "name", "Copy", "position", 1))
                .post(SECTIONS).then().statusCode(409).body("errors[0].pointer", equalTo("/slug"));
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("orphan"), "name", "Orphan", "position", 1,
                        "parentId", UUID.randomUUID().toString()))
                .post(SECTIONS).then().statusCode(422).body("errors[0].pointer", equalTo("/parentId"));
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", parent.getSlug(), "name", "Loop", "position", 1, "parentId", parent.getId().toString()))
                .header("If-Match", "*").put(SECTIONS + "/{id}", parent.getId()).then().statusCode(422);
        editorial.admin().contentType("application/json").body(Map.of("slug", "Bad Slug", "name", "", "position", -1))
                .post(SECTIONS).then().statusCode(422);
        api().get("/api/v1/sections/{slug}", parent.getSlug()).then().statusCode(200).body("name", equalTo("Parent"));
        editorial.admin().header("If-Match", "*").delete(SECTIONS + "/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
