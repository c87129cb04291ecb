package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
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
                .body("createdAt", equalTo(created.path("createdAt")))
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

    @Test
    void changesNeedTheCurrentETag() {
        Section section = fixtures.section("Preconditions");
        Response created = editorial.createDraft(section, "Original");
        String id = created.path("id");
        String etag = created.header("ETag");
        Map<String, Object> update = editorial.draftBody(section, "Replaced");
        update.put("slug", created.path("slug"));

        editorial.editor().contentType("application/json").body(update).put(ARTICLE, id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("PRECONDITION_REQUIRED"))
                .body("errors[0].parameter", equalTo("If-Match"));
        editorial.editor().contentType("application/json").header("If-Match", "\"v999\"").body(update).put(ARTICLE, id)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        editorial.editor().contentType("application/json").header("If-Match", "W/" + etag).body(update).put(ARTICLE, id)
                .then().statusCode(412);
        editorial.publisher().header("If-Match", "\"v999\"").delete(ARTICLE, id).then().statusCode(412);
        editorial.publisher().delete(ARTICLE, id).then().statusCode(428);
        editorial.editor().get(ARTICLE, id).then().header("ETag", equalTo(etag)).body("headline", equalTo("Original"));

        String next = editorial.editor().contentType("application/json").header("If-Match", etag).body(update)
                .put(ARTICLE, id).then().statusCode(200).body("headline", equalTo("Replaced"))
                .extract().header("ETag");
        assertNotEquals(etag, next);
        editorial.editor().contentType("application/json").header("If-Match", etag).body(update).put(ARTICLE, id)
                .then().statusCode(412);
        editorial.editor().get(ARTICLE, id).then().header("ETag", equalTo(next));
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndNullRemoves() {
        Section section = fixtures.section("Patch");
        Response created = editorial.createDraft(section, "Before patch");
        String id = created.path("id");

        String etag = editorial.editor().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"headline\": \"After patch\", \"standfirst\": null}").patch(ARTICLE, id)
                .then().statusCode(200)
                .body("headline", equalTo("After patch"))
                .body("standfirst", nullValue())
                .body("slug", equalTo(created.path("slug")))
                .body("body[0].html", equalTo("First paragraph of Before patch"))
                .extract().header("ETag");
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\": \"published\"}").patch(ARTICLE, id)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/status"));
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"headline\": null}").patch(ARTICLE, id)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/headline"));
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("[1, 2]").patch(ARTICLE, id).then().statusCode(400);
        editorial.editor().contentType("application/json").header("If-Match", etag)
                .body("{\"headline\": \"x\"}").patch(ARTICLE, id)
                .then().statusCode(415).contentType("application/problem+json");
        editorial.editor().get(ARTICLE, id).then().header("ETag", equalTo(etag)).body("headline", equalTo("After patch"));
    }

    @Test
    void richTextIsSanitized() {
        Section section = fixtures.section("Sanitizing");
        Map<String, Object> body = editorial.draftBody(section, "<b>Bold</b> headline<script>alert(1)</script>");
        body.put("body", List.of(
                Map.of("type", "paragraph", "html", "Safe <b>bold</b> <a href=\"https://example.com\" onclick=\"steal()\">link</a>"
                        + "<script>alert('x')</script><img src=x onerror=alert(1)>"),
                Map.of("type", "quote", "html", "<a href=\"javascript:alert(1)\">quoted</a>", "attribution", "<i>Someone</i>"),
                Map.of("type", "list", "ordered", false, "items", List.of("<em onmouseover=\"x()\">one</em>", "two")),
                Map.of("type", "heading", "level", 2, "html", "<style>p{}</style><span style=\"x\">Next</span>")));

        Response created = editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(201).extract().response();
        String stored = created.asString();
        assertTrue(!stored.contains("<script") && !stored.contains("onclick") && !stored.contains("onerror")
                && !stored.contains("onmouseover") && !stored.contains("javascript:") && !stored.contains("<style"), stored);
        assertEquals("Bold headline", created.path("headline"));
        assertEquals("Safe <b>bold</b> <a href=\"https://example.com\" rel=\"noopener nofollow\">link</a>",
                created.path("body[0].html"));
        assertEquals("<a rel=\"noopener nofollow\">quoted</a>", created.path("body[1].html"));
        assertEquals("Someone", created.path("body[1].attribution"));
        assertEquals("<em>one</em>", created.path("body[2].items[0]"));
        assertEquals("Next", created.path("body[3].html"));

        body.put("slug", Fixtures.unique("only-script"));
        body.put("body", List.of(Map.of("type", "paragraph", "html", "<script>alert(1)</script>")));
        editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/body/0"));
    }

    @Test
    void previewShowsADraftInTheDeliveryShapeWithAKeyOrASignedToken() {
        Section section = fixtures.section("Preview");
        MediaAsset photo = fixtures.photo("Photo : Preview Agency");
        Map<String, Object> body = editorial.draftBody(section, "Not yet public");
        body.put("leadMediaId", photo.getId().toString());
        String id = editorial.editor().contentType("application/json").body(body).post(ARTICLES)
                .then().statusCode(201).extract().path("id");

        editorial.editor().get(ARTICLE + "/preview", id)
                .then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("headline", equalTo("Not yet public"))
                .body("leadMedia.credit", equalTo("Photo : Preview Agency"))
                .body("canonicalPath", equalTo("/" + section.getSlug() + "/" + body.get("slug")));
        api().get(ARTICLE + "/preview", id).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));

        Response issued = editorial.editor().post(ARTICLE + "/preview-tokens", id)
                .then().statusCode(201).extract().response();
        String token = issued.path("token");
        api().get(issued.<String>path("previewPath")).then().statusCode(200).body("headline", equalTo("Not yet public"));
        api().queryParam("token", token).get(ARTICLE + "/preview", id).then().statusCode(200);

        String other = editorial.createDraft(section, "Other").path("id");
        api().queryParam("token", token).get(ARTICLE + "/preview", other).then().statusCode(401);
        api().queryParam("token", token.substring(0, token.length() - 2) + "xx").get(ARTICLE + "/preview", id)
                .then().statusCode(401).contentType("application/problem+json");
        api().queryParam("token", "garbage").get(ARTICLE + "/preview", id).then().statusCode(401);
    }

    @Test
    void unknownArticlesAndBadIdsAreProblems() {
        editorial.editor().get(ARTICLE, UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        editorial.editor().get(ARTICLE, "not-a-uuid").then().statusCode(400).body("errors[0].parameter", equalTo("id"));
        editorial.editor().get(ARTICLE + "/revisions", UUID.randomUUID()).then().statusCode(404);
    }
}
