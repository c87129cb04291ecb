package dev.newsdesk.sample;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fresh database with sample data switched on: what a newcomer sees on first start. */
@QuarkusTest
@TestProfile(SampleDataLoaderTest.FreshDatabaseWithSampleData.class)
class SampleDataLoaderTest {

    @Inject
    SampleDataLoader loader;

    @Test
    void firstStartServesTheSampleNewsroom() {
        api().queryParam("limit", 100).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data", hasSize(14))
                .body("data.leadMedia.credit", everyItem(startsWith("Photo : ")))
                .body("data.firstPublishedAt", everyItem(org.hamcrest.Matchers.endsWith("+09:00")));
        api().get("/api/v1/sections").then().statusCode(200).body("data.size()", greaterThanOrEqualTo(3));
    }

    @Test
    void sampleArticleWasUpdatedHoursAfterItWasWritten() {
        UUID id = UUID.nameUUIDFromBytes("article:pacific-ports-agree-common-emissions-reporting"
                .getBytes(StandardCharsets.UTF_8));
        api().get("/api/v1/articles/{id}", id)
                .then().statusCode(200)
                .body("section.name", equalTo("International"))
                .body("firstPublishedAt", equalTo("2019-04-25T18:38:40+09:00"))
                .body("updatedAt", equalTo("2019-04-25T21:08:35+09:00"))
                .body("leadMedia.credit", equalTo("Photo : Harbour Light Agency"));
    }

    @Test
    void theFerryStoryWasRenamedOnceAndItsOldPathRedirects() {
        String current = "/asia-pacific/busan-fukuoka-ferry-adds-overnight-crossings";
        api().queryParam("path", "/asia-pacific/busan-fukuoka-ferry-to-add-overnight-crossings").get("/api/v1/resolve")
                .then().statusCode(200)
                .body("type", equalTo("article"))
                .body("canonicalPath", equalTo("/international/asia-pacific/busan-fukuoka-ferry-adds-overnight-crossings"))
                .body("redirect", equalTo(Map.of("status", 301,
                        "location", "/international/asia-pacific/busan-fukuoka-ferry-adds-overnight-crossings")));
        api().queryParam("path", "/international" + current).get("/api/v1/resolve")
                .then().statusCode(200).body("redirect", equalTo(null));
    }

    @Test
    void exactlyOneSampleArticleAsksNotToBeIndexed() {
        java.util.List<String> slugs = api().queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200)
                .extract().path("data.slug");
        java.util.List<String> noindex = slugs.stream().filter(slug -> api().get("/api/v1/articles/by-slug/{slug}", slug)
                .then().statusCode(200).extract().<java.util.List<String>>path("seo.robots").contains("noindex"))
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of("drought-in-southern-africa-pushes-maize-prices-higher"), noindex);
    }

    @Test
    void loadingTwiceAddsNothing() {
        org.junit.jupiter.api.Assertions.assertEquals(0, loader.loadIfEmpty());
    }

    public static class FreshDatabaseWithSampleData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.newsdesk.sample-data.enabled", "true",
                    "%test.newsdesk-db.url.h2",
                    "jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "%test.newsdesk-db.url.postgresql",
                    "jdbc:postgresql://127.0.0.1:5432/${newsdesk-test.pg-database}_sample");
        }
    }
}
