package dev.newsdesk.media;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import dev.newsdesk.testing.NewsroomTime;
import dev.newsdesk.web.cache.HttpCaching;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Usage rights decided at read time with the application clock, at the exact boundaries, in every place a photo
 * appears on the delivery API: lead media, body image blocks, the media lookup, lists, search results and includes.
 */
@QuarkusTest
class MediaRightsTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;
    @Inject
    MediaAssetRepository media;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPhotoWhoseRightsEndLeavesEveryDeliveryResponseAtThatInstantWhileItsArticlesStay() {
        Instant until = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String photo = createPhoto(Instant.now().minus(1, ChronoUnit.DAYS), until);
        String word = "zq" + Fixtures.unique("rights").replace("-", "");
        Section section = fixtures.section("Rights");
        Article lead = fixtures.article(section).headline("Lead photo story " + word).leadMedia(entity(photo)).create();
        Article inBody = fixtures.article(section).headline("Body photo story " + word).body(
                new BodyBlock.Paragraph("Before the photo."), new BodyBlock.Image(UUID.fromString(photo), "Here", null),
                new BodyBlock.Paragraph("After the photo.")).create();

        clock.set(until.minusSeconds(10));
        // Nothing that shows the photo may be cached past the moment it must disappear.
        articleGet(lead).then().header("Cache-Control", "public, max-age=10, stale-while-revalidate=0, stale-if-error=0");

        clock.set(until.minusMillis(1));
        Response leadBefore = articleGet(lead);
        leadBefore.then().statusCode(200).body("leadMedia.id", equalTo(photo))
                .body("leadMedia.rightsStatus", equalTo("active"))
                .body("leadMedia.rights.validUntil", equalTo(NewsroomTime.seoul(until)))
                .header("Cache-Control", "public, max-age=0, stale-while-revalidate=0, stale-if-error=0");
        Response bodyBefore = articleGet(inBody);
        bodyBefore.then().statusCode(200).body("body.type", contains("paragraph", "image", "paragraph"))
                .body("body[1].media.id", equalTo(photo)).body("body[1].caption", equalTo("Here"));
        api().get("/api/v1/media/{id}", photo).then().statusCode(200).body("rightsStatus", equalTo("active"));
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.find { it.id == '" + lead.getId() + "' }.leadMedia.id", equalTo(photo));
        api().queryParam("q", word).get("/api/v1/articles").then().statusCode(200)
                .body("data.find { it.id == '" + lead.getId() + "' }.leadMedia.id", equalTo(photo));
        api().queryParam("include", "media").get("/api/v1/articles/{id}", inBody.getId()).then().statusCode(200)
                .body("included.media.id", contains(photo));
        api().queryParam("include", "media").queryParam("section", section.getSlug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.included.media.flatten().id", contains(photo, photo));

        clock.set(until);
        Response leadAfter = articleGet(lead);
        leadAfter.then().statusCode(200).body("headline", equalTo("Lead photo story " + word))
                .body("leadMedia", nullValue())
                .header("Last-Modified", HttpCaching.httpDate(until));
        assertNotEquals(leadBefore.header("ETag"), leadAfter.header("ETag"));
        Response bodyAfter = articleGet(inBody);
        bodyAfter.then().statusCode(200).body("body.type", contains("paragraph", "paragraph"))
                .body("body.html", contains("Before the photo.", "After the photo."));
        assertNotEquals(bodyBefore.header("ETag"), bodyAfter.header("ETag"));
        // A client revalidating its old copy gets the new one, not a 304.
        api().header("If-None-Match", leadBefore.header("ETag")).get("/api/v1/articles/{id}", lead.getId())
                .then().statusCode(200);
        api().header("If-Modified-Since", leadBefore.header("Last-Modified"))
                .get("/api/v1/articles/{id}", lead.getId()).then().statusCode(200);
        api().get("/api/v1/media/{id}", photo).then().statusCode(410).contentType("application/problem+json")
                .body("code", equalTo("MEDIA_RIGHTS_EXPIRED"))
                .body("detail", equalTo("The usage rights of media " + photo + " have expired; it is no longer shown"));
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.id", containsInAnyOrder(lead.getId().toString(), inBody.getId().toString()))
                .body("data.leadMedia", contains(nullValue(), nullValue()));
        api().queryParam("q", word).get("/api/v1/articles").then().statusCode(200)
                .body("data.id", hasItem(lead.getId().toString()))
                .body("data.find { it.id == '" + lead.getId() + "' }.leadMedia", nullValue());
        api().queryParam("include", "media").get("/api/v1/articles/{id}", inBody.getId()).then().statusCode(200)
                .body("included.media", empty());
        api().queryParam("include", "media").queryParam("section", section.getSlug()).get("/api/v1/articles")
                .then().statusCode(200).body("data.included.media.flatten()", empty());

        // The newsroom still sees it, with why it is gone.
        editorial.editor().get("/api/v1/editorial/media/{id}", photo).then().statusCode(200)
                .body("rightsStatus", equalTo("expired"))
                .body("rights.usageTerms", equalTo("Editorial use only, 30 days."));
    }

    @Test
    void aPhotoWhoseRightsHaveNotStartedIsNotShownUntilTheyDo() {
        Instant from = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String photo = createPhoto(from, null);
        Article lead = fixtures.article(fixtures.section("Embargo")).leadMedia(entity(photo)).create();

        clock.set(from.minusMillis(1));
        api().get("/api/v1/media/{id}", photo).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        articleGet(lead).then().statusCode(200).body("leadMedia", nullValue())
                .header("Cache-Control", "public, max-age=0, stale-while-revalidate=0, stale-if-error=0");
        editorial.editor().get("/api/v1/editorial/media/{id}", photo).then().body("rightsStatus", equalTo("pending"));

        clock.set(from);
        api().get("/api/v1/media/{id}", photo).then().statusCode(200).body("rightsStatus", equalTo("active"));
        articleGet(lead).then().statusCode(200).body("leadMedia.id", equalTo(photo))
                .header("Last-Modified", HttpCaching.httpDate(from))
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
    }

    @Test
    void publishingAnArticleWhoseLeadPhotoIsOutOfRightsIsA409NamingIt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String expired = createPhoto(now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        Section section = fixtures.section("Refused");
        Map<String, Object> draft = editorial.draftBody(section, "Lead photo out of rights");
        draft.put("leadMediaId", expired);
        Response created = editorial.editor().contentType("application/json").body(draft)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        String id = created.path("id");
        editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag")).body("{}")
                .post("/api/v1/editorial/articles/{id}/publish", id).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("MEDIA_OUT_OF_RIGHTS"))
                .body("errors", equalTo(List.of(Map.of("pointer", "/leadMediaId", "message", "lead media " + expired
                        + " cannot be shown when the article goes live: its usage rights ended at "
                        + NewsroomTime.seoul(now.minus(1, ChronoUnit.DAYS))))));
        api().get("/api/v1/articles/{id}", id).then().statusCode(404);

        // A schedule is checked at the time the article goes live: rights ending before then refuse it too.
        Instant until = now.plus(2, ChronoUnit.DAYS);
        String ending = createPhoto(null, until);
        Map<String, Object> scheduled = editorial.draftBody(section, "Scheduled after the rights end");
        scheduled.put("leadMediaId", ending);
        Response second = editorial.editor().contentType("application/json").body(scheduled)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        editorial.publisher().contentType("application/json").header("If-Match", second.header("ETag"))
                .body(Map.of("publishAt", until.atOffset(java.time.ZoneOffset.UTC).toString()))
                .post("/api/v1/editorial/articles/{id}/publish", (String) second.path("id")).then().statusCode(409)
                .body("errors[0].pointer", equalTo("/leadMediaId"));
        editorial.publisher().contentType("application/json").header("If-Match", editorial.etag(second.path("id")))
                .body(Map.of("publishAt", until.minusSeconds(1).atOffset(java.time.ZoneOffset.UTC).toString()))
                .post("/api/v1/editorial/articles/{id}/publish", (String) second.path("id")).then().statusCode(200);
    }

    @Test
    void invalidMediaIsA422NamingEveryField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "image");
        body.put("url", "https://media.example.com/test/invalid.jpg");
        body.put("focalPoint", Map.of("x", 1.5, "y", -0.1));
        body.put("durationSeconds", 12);
        body.put("tracks", List.of(Map.of("kind", "captions", "language", "en",
                "url", "https://media.example.com/test/a.vtt")));
        body.put("posterId", UUID.randomUUID().toString());
        body.put("rights", Map.of("validFrom", "2019-05-01T00:00:00+09:00", "validUntil", "2019-05-01T00:00:00+09:00"));
        // Bean validation first (field by field), then the rules that span fields.
        editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/media")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/focalPoint/x", "/focalPoint/y"));
        body.put("focalPoint", Map.of("x", 1.0, "y", 0.0));
        editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/media")
                .then().statusCode(422)
                .body("errors", containsInAnyOrder(
                        Map.of("pointer", "/durationSeconds", "message", "only audio and video have a duration"),
                        Map.of("pointer", "/tracks", "message", "only audio and video have tracks"),
                        Map.of("pointer", "/posterId", "message", "only audio and video have a poster"),
                        Map.of("pointer", "/rights/validUntil", "message", "must be later than validFrom")));
        editorial.editor().contentType("application/json")
                .body(Map.of("type", "video", "url", "https://media.example.com/test/v.mp4", "mimeType", "video",
                        "sizeBytes", -1, "tracks", List.of(Map.of("kind", "karaoke", "language", "en",
                                "url", "https://media.example.com/test/a.vtt"))))
                .post("/api/v1/editorial/media").then().statusCode(400).body("errors[0].pointer",
                        equalTo("/tracks/0/kind"));
        editorial.editor().contentType("application/json")
                .body(Map.of("type", "video", "url", "https://media.example.com/test/v.mp4", "mimeType", "video",
                        "sizeBytes", -1, "tracks", List.of(Map.of("kind", "captions", "language", "english!",
                                "url", "ftp://media.example.com/test/a.vtt"))))
                .post("/api/v1/editorial/media").then().statusCode(422).body("errors.pointer", containsInAnyOrder(
                        "/mimeType", "/sizeBytes", "/tracks/0/language", "/tracks/0/url"));
        String video = editorial.editor().contentType("application/json")
                .body(Map.of("type", "video", "url", "https://media.example.com/test/v.mp4"))
                .post("/api/v1/editorial/media").then().statusCode(201).extract().path("id");
        editorial.editor().contentType("application/json")
                .body(Map.of("type", "audio", "url", "https://media.example.com/test/a.mp3", "posterId", video))
                .post("/api/v1/editorial/media").then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/posterId", "message", "must be an image, not video"))));
    }

    private Response articleGet(Article article) {
        return api().get("/api/v1/articles/{id}", article.getId()).then().extract().response();
    }

    private String createPhoto(Instant validFrom, Instant validUntil) {
        String id = editorial.createPhoto("Photo : Test Wire", "Editorial use only, 30 days.", validFrom, validUntil);
        editorial.editor().get("/api/v1/editorial/media/{id}", id).then().statusCode(200)
                .body("rights.syndicationAllowed", equalTo(false));
        return id;
    }

    private MediaAsset entity(String id) {
        return QuarkusTransaction.requiringNew().call(() -> media.findById(UUID.fromString(id)));
    }
}
