package dev.newsdesk.tag;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.Author;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Authors, tags and media through the editorial API: create, replace, and delete only while unused. */
@QuarkusTest
class ReferenceDataEditorialTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void tagsAreCreatedReplacedAndDeletedWhileUnused() {
        String slug = Fixtures.unique("busan");
        String id = editorial.editor().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Busan", "type", "place")).post("/api/v1/editorial/tags")
                .then().statusCode(201).body("type", equalTo("place")).extract().path("id");
        editorial.editor().contentType("application/json")
                .header("If-Match", editorial.etagOf("tags", id))
                .body(Map.of("slug", slug, "name", "Busan Port", "type", "place")).put("/api/v1/editorial/tags/{id}", id)
                .then().statusCode(200).body("name", equalTo("Busan Port"));
        api().get("/api/v1/tags/{slug}", slug).then().statusCode(200).body("name", equalTo("Busan Port"));
        editorial.editor().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Again", "type", "place")).post("/api/v1/editorial/tags")
                .then().statusCode(409);
        editorial.editor().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("t"), "name", "T", "type", "mood")).post("/api/v1/editorial/tags")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/type"));
        editorial.publisher().delete("/api/v1/editorial/tags/{id}", id).then().statusCode(428);
        editorial.publisher().header("If-Match", editorial.etagOf("tags", id)).delete("/api/v1/editorial/tags/{id}", id)
                .then().statusCode(204);

        Tag used = fixtures.tag("Used", TagType.TOPIC);
        fixtures.article(fixtures.section("Tagged")).tags(used).create();
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/tags/{id}", used.getId())
                .then().statusCode(409);
    }

    @Test
    void aMalformedIdInATypedPathParameterIsA400NamingIt() {
        editorial.editor().get("/api/v1/editorial/authors/{id}", "not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"))
                .body("instance", equalTo("/api/v1/editorial/authors/not-a-uuid"))
                .body("errors", equalTo(java.util.List.of(Map.of("parameter", "id",
                        "message", "must be a UUID such as 0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77"))));
    }

    @Test
    void authorsAreCreatedReplacedAndDeletedWhileUncredited() {
        String slug = Fixtures.unique("writer");
        String id = editorial.publisher().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Kim <b>Ho-seong</b>", "title", "Reporter"))
                .post("/api/v1/editorial/authors").then().statusCode(201)
                .body("name", equalTo("Kim Ho-seong")).body("bio", nullValue()).extract().path("id");
        String etag = editorial.etagOf("authors", id);
        editorial.publisher().contentType("application/json").header("If-Match", etag)
                .body(Map.of("slug", slug, "name", "Kim Ho-seong", "bio", "Docks."))
                .put("/api/v1/editorial/authors/{id}", id).then().statusCode(200).body("bio", equalTo("Docks."));
        editorial.admin().header("If-Match", etag).delete("/api/v1/editorial/authors/{id}", id).then().statusCode(412);
        editorial.admin().header("If-Match", editorial.etagOf("authors", id)).delete("/api/v1/editorial/authors/{id}", id)
                .then().statusCode(204);

        Author credited = fixtures.author("Credited");
        fixtures.article(fixtures.section("Bylines")).authors(credited).create();
        editorial.admin().header("If-Match", "*").delete("/api/v1/editorial/authors/{id}", credited.getId())
                .then().statusCode(409);
    }

    @Test
    void mediaMetadataIsValidatedAndUsedMediaStays() {
        String id = editorial.editor().contentType("application/json")
                .body(Map.of("type", "image", "url", "https://media.example.com/a.jpg", "width", 1200, "height", 800,
                        "credit", "Photo : Test Agency", "focalPoint", Map.of("x", 0.5, "y", 0.3)))
                .post("/api/v1/editorial/media").then().statusCode(201)
                .body("focalPoint.y", equalTo(0.3f)).extract().path("id");
        api().get("/api/v1/media/{id}", id).then().statusCode(200).body("credit", equalTo("Photo : Test Agency"));
        editorial.editor().contentType("application/json")
                .body(Map.of("type", "image", "url", "javascript:alert(1)", "width", -1, "focalPoint", Map.of("x", 2, "y", 0)))
                .header("If-Match", editorial.etagOf("media", id))
                .put("/api/v1/editorial/media/{id}", id).then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/focalPoint/x", "/url", "/width"));
        api().get("/api/v1/media/{id}", id).then().body("url", equalTo("https://media.example.com/a.jpg"));
        editorial.publisher().header("If-Match", editorial.etagOf("media", id)).delete("/api/v1/editorial/media/{id}", id)
                .then().statusCode(204);

        Section section = fixtures.section("Photos");
        MediaAsset lead = fixtures.photo("Photo : Lead");
        MediaAsset inBody = fixtures.photo("Photo : Body");
        fixtures.article(section).leadMedia(lead).create();
        fixtures.article(section).body(new BodyBlock.Image(inBody.getId(), null, null)).create();
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/media/{id}", lead.getId())
                .then().statusCode(409);
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/media/{id}", inBody.getId())
                .then().statusCode(409);
    }
}
