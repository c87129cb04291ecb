package dev.newsdesk.security;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A preview token lives no longer than the key that issued it and the article it shows. */
@QuarkusTest
class PreviewTokenLifetimeTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void revokingTheIssuingKeyEndsItsPreviewTokens() {
        Response key = editorial.admin().contentType("application/json")
                .body(Map.of("name", Fixtures.unique("previewer"), "role", "editor")).post("/api/v1/editorial/keys")
                .then().statusCode(201).extract().response();
        String id = editorial.createDraft(fixtures.section("Preview keys"), "Soon revoked").path("id");
        String token = api().header("Authorization", "Bearer " + key.path("secret"))
                .post(ARTICLE + "/preview-tokens", id).then().statusCode(201).extract().path("token");
        String otherToken = editorial.editor().post(ARTICLE + "/preview-tokens", id).then().statusCode(201)
                .extract().path("token");
        api().queryParam("token", token).get(ARTICLE + "/preview", id).then().statusCode(200);

        editorial.admin().delete("/api/v1/editorial/keys/{id}", key.<String>path("key.id")).then().statusCode(204);

        api().queryParam("token", token).get(ARTICLE + "/preview", id)
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHORIZED"))
                .body("detail", equalTo("The preview token is invalid, expired, for another article or its API key "
                        + "was revoked"));
        api().queryParam("token", otherToken).get(ARTICLE + "/preview", id).then().statusCode(200);
    }

    @Test
    void deletingTheArticleEndsItsPreviews() {
        Section section = fixtures.section("Preview deletes");
        String id = editorial.createDraft(section, "Soon deleted").path("id");
        String token = editorial.editor().post(ARTICLE + "/preview-tokens", id).then().statusCode(201)
                .extract().path("token");
        api().queryParam("token", token).get(ARTICLE + "/preview", id).then().statusCode(200);

        editorial.publisher().header("If-Match", editorial.etag(id)).delete(ARTICLE, id).then().statusCode(204);

        String notFound = "{\"type\":\"urn:newsdesk:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"No article '" + id + "'\",\"instance\":\"/api/v1/editorial/articles/" + id
                + "/preview\",\"code\":\"NOT_FOUND\"}";
        api().queryParam("token", token).get(ARTICLE + "/preview", id)
                .then().statusCode(404).contentType("application/problem+json").body(equalTo(notFound));
        editorial.editor().get(ARTICLE + "/preview", id).then().statusCode(404).body(equalTo(notFound));
    }
}
