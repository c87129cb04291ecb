package dev.newsdesk.media;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void mediaWithCreditAndFocalPoint() {
        MediaAsset photo = fixtures.photo("Photo : Harbour Light Agency");

        api().get("/api/v1/media/{id}", photo.getId())
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(photo.getId().toString()))
                .body("type", equalTo("image"))
                .body("url", equalTo(photo.getUrl()))
                .body("width", equalTo(1600))
                .body("height", equalTo(900))
                .body("altText", equalTo("A test photo"))
                .body("credit", equalTo("Photo : Harbour Light Agency"))
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
}
