package dev.newsdesk.edition;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionEditorialResourceTest {

    private static final String EDITIONS = EditionFixtures.EDITIONS;

    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;

    @AfterEach
    void backToOneEdition() {
        editions.reset();
    }

    @Test
    void adminsConfigureEditionsWithIfMatchAndReadersSeeThem() {
        String etag = editorial.admin().get(EDITIONS).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("defaultLanguage", equalTo("en"))
                .body("editions.language", contains("en"))
                .body("editions.fallback", contains((Object) null))
                .body("editions.fallbackChain", contains(List.of("en")))
                .extract().header("ETag");

        String updated = editorial.admin().contentType("application/json").header("If-Match", etag)
                .body(EditionFixtures.body("en", "ko>en", "ja>ko", "vi"))
                .put(EDITIONS).then().statusCode(200)
                .body("defaultLanguage", equalTo("en"))
                .body("editions.language", contains("en", "ko", "ja", "vi"))
                .body("editions.fallback", contains(null, "en", "ko", null))
                .body("editions.fallbackChain", contains(List.of("en"), List.of("ko", "en"), List.of("ja", "ko", "en"),
                        List.of("vi")))
                .extract().header("ETag");
        assertNotEquals(etag, updated);

        api().get("/api/v1/editions").then().statusCode(200)
                .header("Surrogate-Key", "site:site editions-list edition:en edition:ko edition:ja edition:vi")
                .body("defaultLanguage", equalTo("en"))
                .body("editions.language", contains("en", "ko", "ja", "vi"))
                .body("editions[2].fallbackChain", contains("ja", "ko", "en"));

        // The stale ETag changes nothing; no If-Match is a 428.
        editorial.admin().contentType("application/json").header("If-Match", etag)
                .body(EditionFixtures.body("ko", "en")).put(EDITIONS)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        editorial.admin().contentType("application/json").body(EditionFixtures.body("ko", "en")).put(EDITIONS)
                .then().statusCode(428).body("errors.parameter", contains("If-Match"));
        api().get("/api/v1/editions").then().body("defaultLanguage", equalTo("en"));
    }

    @Test
    void theSiteLanguageFollowsTheDefaultEdition() {
        editions.set("ko", "en>ko");
        api().get("/api/v1/site").then().statusCode(200).body("defaultLanguage", equalTo("ko"));
        editions.reset();
        api().get("/api/v1/site").then().statusCode(200).body("defaultLanguage", equalTo("en"));
    }

    @Test
    void cyclesAndUnknownFallbacksAreRefusedNamingTheField() {
        editions.put(EditionFixtures.body("en", "ko>ja", "ja>ko")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("UNPROCESSABLE"))
                .body("errors.pointer", contains("/editions/1/fallback", "/editions/2/fallback"))
                .body("errors.message", contains("fallbacks form a cycle: ko -> ja -> ko",
                        "fallbacks form a cycle: ja -> ko -> ja"));
        editions.put(EditionFixtures.body("en", "ko>th", "vi>vi")).then().statusCode(422)
                .body("errors.pointer", contains("/editions/1/fallback", "/editions/2/fallback"))
                .body("errors.message", contains("no edition has the language th",
                        "an edition cannot fall back to itself"));
        editions.put(Map.of("defaultLanguage", "fr", "editions", List.of(Map.of("language", "en"),
                        Map.of("language", "EN")))).then().statusCode(422)
                .body("errors.pointer", contains("/editions/1/language", "/defaultLanguage"));
        editions.put(Map.of("defaultLanguage", "en", "editions", List.of(Map.of("language", "english!"))))
                .then().statusCode(422).body("errors.pointer", contains("/editions/0/language"));
        editions.put(Map.of("defaultLanguage", "en", "editions", List.of())).then().statusCode(422)
                .body("errors.pointer", contains("/editions"));
        api().get("/api/v1/editions").then().body("editions.language", contains("en"));
    }

    @Test
    void onlyAdminsMayChangeOrReadTheStoredEditions() {
        api().get(EDITIONS).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        editorial.publisher().get(EDITIONS).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        editorial.editor().contentType("application/json").header("If-Match", "*")
                .body(EditionFixtures.body("en", "ko")).put(EDITIONS).then().statusCode(403);
        assertEquals(List.of("en"), api().get("/api/v1/editions").then().extract().path("editions.language"));
    }
}
