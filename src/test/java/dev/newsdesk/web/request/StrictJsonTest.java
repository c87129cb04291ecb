package dev.newsdesk.web.request;

import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request body means what it says or is refused: no value is converted into another type, a field appears once
 * and nothing follows the document. Each refusal is a 400 pointing at the field, and changes nothing. Before, a
 * string "true" replaced a pending draft with live content and {"role": 2} created an admin key.
 */
@QuarkusTest
class StrictJsonTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";
    private static final String TYPE = "invalid value or type";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void aStringForABooleanIsRefusedInAMergePatchAndInAFullUpdate() {
        Response created = editorial.createDraft(fixtures.section("Strict"), "Live words");
        String id = created.path("id");
        String etag = editorial.publishNow(id, created.header("ETag"));

        editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"draft\": \"true\", \"headline\": \"Not yet\"}").patch(ARTICLE, id).then().statusCode(400)
                .body("", equalTo(malformed("Invalid value at /draft", ARTICLE.replace("{id}", id), "/draft", TYPE)));

        Map<String, Object> update = editorial.draftBody(fixtures.section("Strict"), "Not yet");
        update.put("draft", "true");
        editorial.editor().contentType("application/json").header("If-Match", etag).body(update)
                .put(ARTICLE, id).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("pointer", "/draft", "message", TYPE))));

        editorial.editor().get(ARTICLE, id).then().statusCode(200).header("ETag", etag)
                .body("headline", equalTo("Live words")).body("pendingDraft", equalTo(null));
    }

    @Test
    void aNumberForARoleIsRefused() {
        String name = Fixtures.unique("numbered");
        editorial.admin().contentType("application/json").body("{\"name\": \"" + name + "\", \"role\": 2}")
                .post("/api/v1/editorial/keys").then().statusCode(400)
                .body("", equalTo(malformed("Invalid value at /role", "/api/v1/editorial/keys", "/role", TYPE)));
        editorial.admin().get("/api/v1/editorial/keys").then().statusCode(200)
                .body("data.findAll { it.name == '" + name + "' }", equalTo(List.of()));
    }

    @Test
    void numbersAndBooleansAreNotText() {
        for (String name : List.of("5", "2.5", "true")) {
            editorial.editor().contentType("application/json")
                    .body("{\"slug\": \"" + Fixtures.unique("typed") + "\", \"name\": " + name + ", \"type\": \"topic\"}")
                    .post("/api/v1/editorial/tags").then().statusCode(400)
                    .body("errors", equalTo(List.of(Map.of("pointer", "/name", "message", TYPE))));
        }
    }

    @Test
    void aFractionIsNotAWholeNumberNorIsATextANumber() {
        for (String position : List.of("2.5", "2.0", "\"2\"")) {
            editorial.admin().contentType("application/json")
                    .body("{\"slug\": \"" + Fixtures.unique("pos") + "\", \"name\": \"S\", \"position\": " + position + "}")
                    .post("/api/v1/editorial/sections").then().statusCode(400)
                    .body("errors", equalTo(List.of(Map.of("pointer", "/position", "message", TYPE))));
        }
    }

    @Test
    void aNumberIsNotADateTime() {
        Response created = editorial.createDraft(fixtures.section("Strict"), "Epoch");
        String id = created.path("id");
        editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                .body("{\"publishAt\": 1556182800}").post(ARTICLE + "/publish", id).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("pointer", "/publishAt", "message",
                        "must be an RFC 3339 date-time string with a four-digit year, such as 2019-04-25T18:38:40+09:00"))));
    }

    @Test
    void nothingMayFollowTheDocument() {
        String slug = Fixtures.unique("trailing");
        editorial.editor().contentType("application/json")
                .body("{\"slug\": \"" + slug + "\", \"name\": \"One\", \"type\": \"topic\"} {\"name\": \"Two\"}")
                .post("/api/v1/editorial/tags").then().statusCode(400)
                .body("", equalTo(malformed("Unexpected content after the JSON document", "/api/v1/editorial/tags", "",
                        "nothing may follow the JSON value")));
        dev.newsdesk.testing.Api.api().get("/api/v1/tags/{slug}", slug).then().statusCode(404);
    }

    @Test
    void aFieldGivenTwiceIsRefusedWhereverItIs() {
        editorial.editor().contentType("application/json")
                .body("{\"slug\": \"" + Fixtures.unique("twice") + "\", \"name\": \"A\", \"name\": \"B\", \"type\": \"topic\"}")
                .post("/api/v1/editorial/tags").then().statusCode(400)
                .body("", equalTo(malformed("Duplicate field /name", "/api/v1/editorial/tags", "/name",
                        "given more than once")));

        Response created = editorial.createDraft(fixtures.section("Strict"), "Twice");
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"body\": [{\"type\": \"paragraph\", \"html\": \"a\", \"html\": \"b\"}]}")
                .patch(ARTICLE, created.path("id").toString()).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("pointer", "/body/0/html", "message", "given more than once"))));
    }

    private static Map<String, Object> malformed(String detail, String instance, String pointer, String message) {
        return Map.of("type", "urn:newsdesk:problem:malformed-request", "title", "Malformed request", "status", 400,
                "detail", detail, "instance", instance, "code", "MALFORMED_REQUEST",
                "errors", List.of(Map.of("pointer", pointer, "message", message)));
    }
}
