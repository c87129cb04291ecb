package dev.newsdesk.section;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void sectionHasItsParentAndPath() {
        Section parent = fixtures.section("International");
        Section child = fixtures.section("Asia-Pacific", parent, 2);

        api().get("/api/v1/sections/{slug}", child.getSlug())
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(child.getId().toString()))
                .body("name", equalTo("Asia-Pacific"))
                .body("description", equalTo("About Asia-Pacific"))
                .body("position", equalTo(2))
                .body("parent.slug", equalTo(parent.getSlug()))
                .body("path", equalTo("/" + parent.getSlug() + "/" + child.getSlug()));
        api().get("/api/v1/sections/{slug}", parent.getSlug())
                .then().statusCode(200).body("parent", nullValue()).body("path", equalTo("/" + parent.getSlug()));
    }

    @Test
    void listPutsChildrenRightAfterTheirParent() {
        Section parent = fixtures.section("World", null, 1);
        Section second = fixtures.section("Europe", parent, 2);
        Section first = fixtures.section("Africa", parent, 1);

        List<String> slugs = api().get("/api/v1/sections").then().statusCode(200)
                .extract().jsonPath().getList("data.slug");
        int p = slugs.indexOf(parent.getSlug());
        assertTrue(p >= 0, "the parent is listed");
        assertTrue(slugs.indexOf(first.getSlug()) == p + 1 && slugs.indexOf(second.getSlug()) == p + 2,
                "children follow their parent by position: " + slugs);
    }

    @Test
    void unknownSectionIsNotFound() {
        api().get("/api/v1/sections/{slug}", "no-such-section")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("No section 'no-such-section'"));
    }
}
