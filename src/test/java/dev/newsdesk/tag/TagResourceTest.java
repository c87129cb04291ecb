package dev.newsdesk.tag;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void tagWithItsType() {
        Tag tag = fixtures.tag("Pacific Ports Forum", TagType.ORGANIZATION);

        api().get("/api/v1/tags/{slug}", tag.getSlug())
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(tag.getId().toString()))
                .body("name", equalTo("Pacific Ports Forum"))
                .body("type", equalTo("organization"));
    }

    @Test
    void unknownTagIsNotFound() {
        api().get("/api/v1/tags/{slug}", "no-such-tag")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }
}
