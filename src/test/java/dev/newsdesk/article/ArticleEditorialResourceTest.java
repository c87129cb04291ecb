package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleEditorialResourceTest {

    private static final String ARTICLES = "/api/v1/editorial/articles";
    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    ArticleRepository articles;

    @Test
    void editorCreatesADraftThatOnlyTheEditorialApiShows() {
        Section section = fixtures.section("Drafts");
        Map<String, Object> body = editorial.draftBody(section, "Ferry adds night crossings");

        Response created = editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(201)
                .header("Cache-Control", "private, no-store")
                .body("status", equalTo("draft"))
                .body("state", equalTo("draft"))
                .body("slug", equalTo(body.get("slug")))
                .body("revision", equalTo(0))
                .body("firstPublishedAt", nullValue())
                .extract().response();
        String id = created.path("id");
        String etag = created.header("ETag");
        assertTrue(etag.startsWith("\"v"), "strong ETag: " + etag);
        assertEquals("/api/v1/editorial/articles/" + id, java.net.URI.create(created.header("Location")).getPath());

        editorial.editor().get(ARTICLE, id)
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", "private, no-store")
                .body("headline", equalTo("Ferry adds night crossings"))
                .body("sectionId", equalTo(section.getId().toString()));
        api().get("/api/v1/articles/{id}", id).then().statusCode(404);
        api().get("/api/v1/articles/by-slug/{slug}", body.get("slug")).then().statusCode(404);
    }

    @Test
    void everyInvalidFieldIsNamedByItsPointerAndNothingIsStored() {
        Section section = fixtures.section("Invalid");
        Map<String, Object> body = editorial.draftBody(section, "");
        body.put("slug", "Not A Slug");
        body.put("language", "english please");
        body.put("body", List.of(Map.of("type", "heading", "level", 7, "html", "Too deep")));

        editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(422).contentType("application/problem+json")
                .header("Cache-Control", "private, no-store")
                .body("code", equalTo("UNPROCESSABLE"))
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/body/0/level", "/headline",
                        "/language", "/slug"));
        assertTrue(articles.findBySlug("Not A Slug").isEmpty());
    }

    @Test
    void unknownReferencesAre422WithPointersAndNothingIsStored() {
        Section section = fixtures.section("References");
        Map<String, Object> body = editorial.draftBody(section, "Unknown references");
        body.put("sectionId", UUID.randomUUID().toString());
        body.put("authorIds", List.of(UUID.randomUUID().toString()));
        body.put("body", List.of(Map.of("type", "paragraph", "html", "Text"),
                Map.of("type", "image", "mediaId", UUID.randomUUID().toString())));

        editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.contains("/sectionId", "/authorIds/0", "/body/1/mediaId"));
        assertTrue(articles.findBySlug((String) body.get("slug")).isEmpty());
    }

    @Test
    void duplicateSlugIsAConflict() {
        Section section = fixtures.section("Duplicates");
        Article existing = fixtures.article(section).create();
        Map<String, Object> body = editorial.draftBody(section, "Same slug");
        body.put("slug", existing.getSlug());

        editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("errors[0].pointer", equalTo("/slug"));
    }

    @Test
    void malformedUnknownFieldsWrongTypeAndOversizedBodiesAreProblems() {
        editorial.editor().contentType("application/json").body("{\"headline\": ").post(ARTICLES)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"));
        Section section = fixtures.section("Malformed");
        Map<String, Object> body = editorial.draftBody(section, "Unknown field");
        body.put("subtitle", "not a field");
        editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/subtitle"));
        editorial.editor().contentType("text/plain").body("headline").post(ARTICLES)
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        String huge = "x".repeat(3 * 1024 * 1024);
        editorial.editor().contentType("application/json").body("{\"headline\":\"" + huge + "\"}").post(ARTICLES)
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }
}
