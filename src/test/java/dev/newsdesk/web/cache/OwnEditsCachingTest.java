package dev.newsdesk.web.cache;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents whose own row changes (the site settings, a collection's order) get a newer Last-Modified, so a client
 * revalidating with the old one gets the new content; and the site document holds no clock value, so it keeps its
 * ETag while time passes.
 */
@QuarkusTest
class OwnEditsCachingTest {

    private static final String COLLECTIONS = "/api/v1/editorial/collections";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    @Test
    void siteEditIsNotHiddenByAnOldLastModified() {
        // A menu entry makes the section's updated_at a candidate: without the site's own, it was the only one.
        Section section = fixtures.section("Menu entry");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            putSite(Fixtures.unique("Before"), section);
            String lastModified = api().get("/api/v1/site").then().statusCode(200).extract().header("Last-Modified");

            clock.set(start.plusSeconds(5));
            String after = Fixtures.unique("After");
            putSite(after, section);

            api().header("If-Modified-Since", lastModified).get("/api/v1/site")
                    .then().statusCode(200).body("name", equalTo(after));
        } finally {
            clock.reset();
        }
    }

    @Test
    void siteKeepsItsEtagWhileTimePasses() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            Response first = api().get("/api/v1/site").then().statusCode(200)
                    .body("timeZone", equalTo(Map.of("id", "Asia/Seoul", "utcOffset", "+09:00")))
                    .extract().response();
            clock.advance(Duration.ofSeconds(7));
            String etag = api().get("/api/v1/site").then().statusCode(200).extract().header("ETag");
            assertEquals(first.header("ETag"), etag);
            api().header("If-None-Match", etag).get("/api/v1/site").then().statusCode(304);
        } finally {
            clock.reset();
        }
    }

    @Test
    void collectionReorderIsNotHiddenByAnOldLastModified() {
        Section section = fixtures.section("Revalidated picks");
        Article a = fixtures.article(section).headline("A").create();
        Article b = fixtures.article(section).headline("B").create();
        String slug = Fixtures.unique("pick");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            editorial.admin().contentType("application/json")
                    .body(Map.of("slug", slug, "name", "Pick", "articleIds", List.of(a.getId(), b.getId())))
                    .post(COLLECTIONS).then().statusCode(201);
            String lastModified = api().get("/api/v1/collections/{slug}", slug).then().statusCode(200)
                    .extract().header("Last-Modified");

            clock.set(start.plusSeconds(5));
            editorial.admin().contentType("application/json")
                    .body(Map.of("articleIds", List.of(b.getId(), a.getId())))
                    .put(COLLECTIONS + "/{slug}/items", slug).then().statusCode(200);

            api().header("If-Modified-Since", lastModified).get("/api/v1/collections/{slug}", slug)
                    .then().statusCode(200).body("items.headline", contains("B", "A"));
            api().header("If-Modified-Since", lastModified).get("/api/v1/collections")
                    .then().statusCode(200);
        } finally {
            clock.reset();
        }
    }

    private void putSite(String name, Section section) {
        editorial.admin().contentType("application/json")
                .header("If-Match", "*")
                .body(Map.of("name", name, "baseUrl", "https://news.example.com", "defaultLanguage", "en",
                        "navigation", List.of(Map.of("label", "Menu", "section", section.getSlug())),
                        "notices", List.of()))
                .put("/api/v1/editorial/site").then().statusCode(200);
    }
}
