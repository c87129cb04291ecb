package dev.newsdesk.edition;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tag and author display fields per edition: written with their PUT, read in the edition asked for. */
@QuarkusTest
class LocalizedReferencesTest {

    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;

    @BeforeEach
    void editions() {
        editions.set("en", "ko>en", "ja>ko");
    }

    @AfterEach
    void oneEdition() {
        editions.reset();
    }

    @Test
    void tagsAndAuthorsAnswerInTheEditionAskedFor() {
        String tagSlug = Fixtures.unique("busan");
        Response tag = editorial.admin().contentType("application/json")
                .body(Map.of("slug", tagSlug, "name", "Busan", "type", "place",
                        "translations", Map.of("ko", Map.of("name", "부산"))))
                .post("/api/v1/editorial/tags").then().statusCode(201)
                .body("translations", equalTo(Map.of("ko", Map.of("name", "부산")))).extract().response();
        // Left out of a PUT, the translations stay.
        editorial.admin().contentType("application/json").header("If-Match", tag.header("ETag"))
                .body(Map.of("slug", tagSlug, "name", "Busan", "type", "place"))
                .put("/api/v1/editorial/tags/{id}", tag.path("id").toString()).then().statusCode(200)
                .body("translations", equalTo(Map.of("ko", Map.of("name", "부산"))));
        api().queryParam("lang", "ja").get("/api/v1/tags/{slug}", tagSlug).then().statusCode(200)
                .header("Content-Language", "ja")
                .body("name", equalTo("부산")).body("translations", nullValue());
        api().get("/api/v1/tags/{slug}", tagSlug).then().statusCode(200).body("name", equalTo("Busan"))
                .header("Content-Language", "en");

        String authorSlug = Fixtures.unique("min-ji");
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", authorSlug, "name", "Park Min-ji", "title", "Diplomatic Correspondent",
                        "bio", "Covers foreign policy.",
                        "translations", Map.of("ko", Map.of("name", "박민지", "title", "외교 전문기자"))))
                .post("/api/v1/editorial/authors").then().statusCode(201);
        api().header("Accept-Language", "ko").get("/api/v1/authors/{slug}", authorSlug).then().statusCode(200)
                .header("Vary", "Accept, Accept-Encoding, Accept-Language")
                .body("name", equalTo("박민지")).body("title", equalTo("외교 전문기자"))
                .body("bio", equalTo("Covers foreign policy."));

        editorial.admin().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("x"), "name", "X", "type", "topic",
                        "translations", Map.of("fr", Map.of("name", "X"), "en", Map.of("name", "X"))))
                .post("/api/v1/editorial/tags").then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/translations/fr", "/translations/en"));
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("x"), "name", "X", "translations", Map.of("vi", Map.of("name", "X"))))
                .post("/api/v1/editorial/authors").then().statusCode(422)
                .body("errors.pointer", contains("/translations/vi"));
    }
}
