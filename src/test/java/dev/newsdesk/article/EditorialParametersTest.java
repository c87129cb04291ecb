package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Typed path parameters of the editorial article API: a malformed id or revision number is the API's 400 naming
 * the parameter on every route, never a 404 of the router; keys are checked before parameters are.
 */
@QuarkusTest
class EditorialParametersTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";
    private static final String UUID_MESSAGE = "must be a UUID such as 0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void aMalformedArticleIdIsA400NamingIdOnEveryRoute() {
        String bad = "not-a-uuid";
        String instance = "/api/v1/editorial/articles/" + bad;
        malformedId(editorial.editor().get(ARTICLE, bad), instance);
        malformedId(editorial.editor().get(ARTICLE + "/revisions", bad), instance + "/revisions");
        malformedId(editorial.editor().get(ARTICLE + "/revisions/1", bad), instance + "/revisions/1");
        malformedId(editorial.editor().post(ARTICLE + "/preview-tokens", bad), instance + "/preview-tokens");
        malformedId(editorial.editor().get(ARTICLE + "/preview", bad), instance + "/preview");
        malformedId(editorial.editor().get(ARTICLE + "/related", bad), instance + "/related");
        malformedId(editorial.editor().header("If-Match", "*").delete(ARTICLE + "/draft", bad), instance + "/draft");
        malformedId(editorial.editor().header("If-Match", "*").post(ARTICLE + "/revisions/1/restore", bad),
                instance + "/revisions/1/restore");
        malformedId(editorial.publisher().header("If-Match", "*").delete(ARTICLE, bad), instance);
        malformedId(editorial.publisher().header("If-Match", "*").contentType("application/json").body("{}")
                .post(ARTICLE + "/publish", bad), instance + "/publish");
        malformedId(editorial.publisher().header("If-Match", "*").contentType("application/json").body("{}")
                .post(ARTICLE + "/unpublish", bad), instance + "/unpublish");
        // Without If-Match as well: the id is what is wrong first, as before ids were typed.
        malformedId(editorial.publisher().delete(ARTICLE, bad), instance);
    }

    @Test
    void keysAreCheckedBeforeTheId() {
        api().get(ARTICLE, "not-a-uuid").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        editorial.editor().header("If-Match", "*").delete(ARTICLE, "not-a-uuid").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aRevisionNumberMustBeAWholeNumberFromOne() {
        Section section = fixtures.section("Revision numbers");
        String id = editorial.createDraft(section, "Numbered").path("id");
        String instance = "/api/v1/editorial/articles/" + id + "/revisions/";
        malformedNumber(editorial.editor().get(ARTICLE + "/revisions/{n}", id, "zero"), instance + "zero",
                "must be a whole number between 1 and 2147483647");
        malformedNumber(editorial.editor().get(ARTICLE + "/revisions/{n}", id, 0), instance + "0",
                "must be between 1 and 2147483647");
        malformedNumber(editorial.editor().get(ARTICLE + "/revisions/{n}", id, -3), instance + "-3",
                "must be between 1 and 2147483647");
        malformedNumber(editorial.editor().header("If-Match", "*").post(ARTICLE + "/revisions/{n}/restore", id, 0),
                instance + "0/restore", "must be between 1 and 2147483647");
        editorial.editor().get(ARTICLE + "/revisions/{n}", id, 1).then().statusCode(200)
                .body("revision.number", equalTo(1));
        editorial.editor().get(ARTICLE + "/revisions/{n}", UUID.randomUUID(), 1).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    private static void malformedId(io.restassured.response.Response response, String instance) {
        problem(response.then(), 400, instance).body("code", equalTo("INVALID_PARAMETER"))
                .body("detail", equalTo("id: " + UUID_MESSAGE))
                .body("errors.parameter", contains("id"))
                .body("errors.message", contains(UUID_MESSAGE));
    }

    private static void malformedNumber(io.restassured.response.Response response, String instance,
                                        String message) {
        problem(response.then(), 400, instance).body("code", equalTo("INVALID_PARAMETER"))
                .body("detail", equalTo("number: " + message))
                .body("errors.parameter", contains("number"))
                .body("errors.message", contains(message));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String instance) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("instance", equalTo(instance));
    }
}
