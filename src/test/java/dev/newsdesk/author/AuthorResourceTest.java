package dev.newsdesk.author;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void authorProfile() {
        Author author = fixtures.author("Park Min-ji");

        api().get("/api/v1/authors/{slug}", author.getSlug())
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(author.getId().toString()))
                .body("slug", equalTo(author.getSlug()))
                .body("name", equalTo("Park Min-ji"))
                .body("title", equalTo("Correspondent"))
                .body("bio", equalTo("Park Min-ji reports for the newsroom."));
    }

    @Test
    void unknownAuthorIsNotFound() {
        api().get("/api/v1/authors/{slug}", "nobody")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND")).body("detail", equalTo("No author 'nobody'"));
    }
}
