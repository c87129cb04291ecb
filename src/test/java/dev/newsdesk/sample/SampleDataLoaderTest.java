package dev.newsdesk.sample;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
public class SampleDataLoaderTest {

    @Inject
    SampleDataLoader loader;

    @Test
    void firstStartServesTheSampleNewsroom() {
        // Every edition at once: the 14 stories and their 5 translations; the default edition lists its 13.
        api().queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200).body("data", hasSize(13));
        api().queryParam("limit", 100).queryParam("lang", "*").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data", hasSize(19))
                .body("data.leadMedia.creditLine", everyItem(startsWith("Photo : ")))
                .body("data.leadMedia.credit", everyItem(not(startsWith("Photo"))))
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
                .body("leadMedia.credit", equalTo("Harbour Light Agency"))
                .body("leadMedia.creditLine", equalTo("Photo : Harbour Light Agency"));
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
    void sampleNewsroomHasAnExpiredAgencyPhotoAnAudioSegmentAndAVideo() {
        // The agency photo's 30 days ended on 2019-05-23: its block is gone from the body, its article is not.
        api().get("/api/v1/articles/{id}", sampleId("article", "drought-in-southern-africa-pushes-maize-prices-higher"))
                .then().statusCode(200)
                .body("body.type", contains("paragraph", "paragraph", "heading", "paragraph", "quote", "paragraph"))
                .body("leadMedia.credit", equalTo("Savanna Light Photography"));
        api().get("/api/v1/media/{id}", sampleId("media", "m-zambia-dry-riverbed")).then().statusCode(410)
                .body("code", equalTo("MEDIA_RIGHTS_EXPIRED"));
        api().get("/api/v1/articles/{id}", sampleId("article", "pacific-ports-agree-common-emissions-reporting"))
                .then().statusCode(200)
                .body("body.type", contains("paragraph", "paragraph", "heading", "paragraph", "quote", "image", "media",
                        "paragraph", "paragraph"))
                .body("body[6].media.type", equalTo("audio"))
                .body("body[6].media.mimeType", equalTo("audio/mpeg"))
                .body("body[6].media.durationSeconds", equalTo(452.0f))
                .body("body[6].media.credit", equalTo("Harbour Herald Radio"))
                .body("body[6].media.creditLine", equalTo("Audio : Harbour Herald Radio"))
                .body("body[6].media.tracks.kind", contains("transcript"));
        api().get("/api/v1/articles/{id}", sampleId("article", "yeongdo-coastal-trail-reopens-after-repairs"))
                .then().statusCode(200)
                .body("body[5].type", equalTo("media"))
                .body("body[5].media.type", equalTo("video"))
                .body("body[5].media.durationSeconds", equalTo(95.5f))
                .body("body[5].media.tracks.language", contains("ko", "en"))
                .body("body[5].media.poster.credit", equalTo("강서연 / 하버 헤럴드"))
                .body("body[5].media.poster.creditLine", equalTo("사진 : 강서연 / 하버 헤럴드"))
                .body("body[5].media.poster.renditions.size()", equalTo(18));
    }

    private static UUID sampleId(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
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
