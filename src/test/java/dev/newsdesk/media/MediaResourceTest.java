package dev.newsdesk.media;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaResourceTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void mediaWithCreditAndFocalPoint() {
        MediaAsset photo = fixtures.photo("Harbour Light Agency");

        api().get("/api/v1/media/{id}", photo.getId())
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(photo.getId().toString()))
                .body("type", equalTo("image"))
                .body("url", equalTo(photo.getUrl()))
                .body("width", equalTo(1600))
                .body("height", equalTo(900))
                .body("altText", equalTo("A test photo"))
                .body("credit", equalTo("Harbour Light Agency"))
                .body("creditLine", equalTo("Photo : Harbour Light Agency"))
                .body("copyright", equalTo("© 2019 Test Agency"))
                .body("source", equalTo("Test Agency"))
                .body("focalPoint.x", equalTo(0.5f));
    }

    @Test
    void unknownOrMalformedIdsAreProblems() {
        api().get("/api/v1/media/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        api().get("/api/v1/media/{id}", "12345")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("id"));
    }

    @Test
    void theCreditedNamesAndThePrintedLineAreTwoFields() {
        String own = editorial.editor().contentType("application/json")
                .body(Map.of("type", "image", "url", "https://media.example.com/test/own-line.jpg",
                        "credit", "<b>Kang Seo-yeon</b> / The Harbour Herald",
                        "creditLine", "&lt;i&gt;사진&lt;/i&gt; : 강서연 / 하버 헤럴드"))
                .post("/api/v1/editorial/media").then().statusCode(201).extract().path("id");
        api().get("/api/v1/media/{id}", own).then().statusCode(200)
                .body("credit", equalTo("Kang Seo-yeon / The Harbour Herald"))
                .body("creditLine", equalTo("사진 : 강서연 / 하버 헤럴드"));

        String graphic = editorial.editor().contentType("application/json")
                .body(Map.of("type", "graphic", "url", "https://media.example.com/test/chart.svg",
                        "credit", "Newsdesk Graphics"))
                .post("/api/v1/editorial/media").then().statusCode(201).extract().path("id");
        api().get("/api/v1/media/{id}", graphic).then().statusCode(200)
                .body("credit", equalTo("Newsdesk Graphics"))
                .body("creditLine", equalTo("Graphic : Newsdesk Graphics"));

        Map<String, Object> uncredited = new HashMap<>(Map.of("type", "image",
                "url", "https://media.example.com/test/uncredited.jpg"));
        String none = editorial.editor().contentType("application/json").body(uncredited)
                .post("/api/v1/editorial/media").then().statusCode(201).extract().path("id");
        api().get("/api/v1/media/{id}", none).then().statusCode(200)
                .body("credit", nullValue())
                .body("creditLine", nullValue());

        uncredited.put("creditLine", "x".repeat(601));
        editorial.editor().contentType("application/json").body(uncredited).post("/api/v1/editorial/media")
                .then().statusCode(422).body("errors.pointer", contains("/creditLine"));
    }
}
