package dev.newsdesk.media;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Audio and video assets, their poster and tracks, and the media block that embeds them in a body. */
@QuarkusTest
class AudioVideoTest {

    private static final Map<String, Object> CAPTIONS = Map.of("kind", "captions", "language", "ko",
            "url", "https://media.example.com/test/walk.ko.vtt", "mimeType", "text/vtt", "label", "한국어");

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aVideoInTheBodyCarriesItsFileTracksAndPosterWithItsOwnCredit() {
        Instant posterUntil = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String poster = create(Map.of("type", "image", "url", "https://media.example.com/test/poster.jpg",
                "width", 1920, "height", 1080, "credit", "Poster Agency",
                "rights", Map.of("validUntil", posterUntil.toString())));
        Map<String, Object> video = new LinkedHashMap<>();
        video.put("type", "video");
        video.put("url", "https://media.example.com/test/walk.mp4");
        video.put("mimeType", "video/mp4");
        video.put("sizeBytes", 48234496L);
        video.put("width", 1920);
        video.put("height", 1080);
        video.put("durationSeconds", 95.5);
        video.put("credit", "The Harbour Herald");
        video.put("creditLine", "영상 : 하버 헤럴드");
        video.put("tracks", List.of(CAPTIONS));
        video.put("posterId", poster);
        String videoId = create(video);
        String audio = create(Map.of("type", "audio", "url", "https://media.example.com/test/segment.mp3",
                "mimeType", "audio/mpeg", "sizeBytes", 7245312, "durationSeconds", 452,
                "credit", "Harbour Herald Radio", "tracks", List.of(Map.of("kind", "transcript",
                        "language", "en", "url", "https://media.example.com/test/segment.en.txt"))));

        Section section = fixtures.section("Players");
        Map<String, Object> draft = editorial.draftBody(section, "A walk on the coastal trail");
        draft.put("body", List.of(Map.of("type", "paragraph", "html", "The trail reopened."),
                Map.of("type", "media", "mediaId", videoId, "caption", "Walking the trail"),
                Map.of("type", "media", "mediaId", audio)));
        Response created = editorial.editor().contentType("application/json").body(draft)
                .post("/api/v1/editorial/articles").then().statusCode(201)
                .body("body[1]", equalTo(stored("media", videoId, "Walking the trail")))
                .extract().response();
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));

        api().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("body.type", contains("paragraph", "media", "media"))
                .body("body[1].caption", equalTo("Walking the trail"))
                .body("body[1].media.type", equalTo("video"))
                .body("body[1].media.mimeType", equalTo("video/mp4"))
                .body("body[1].media.sizeBytes", equalTo(48234496))
                .body("body[1].media.durationSeconds", equalTo(95.5f))
                .body("body[1].media.renditions", empty())
                .body("body[1].media.tracks", equalTo(List.of(CAPTIONS)))
                .body("body[1].media.poster.id", equalTo(poster))
                .body("body[1].media.credit", equalTo("The Harbour Herald"))
                .body("body[1].media.creditLine", equalTo("영상 : 하버 헤럴드"))
                .body("body[1].media.poster.credit", equalTo("Poster Agency"))
                .body("body[1].media.poster.creditLine", equalTo("Photo : Poster Agency"))
                .body("body[1].media.poster.renditions.find { it.master }.width", equalTo(1920))
                .body("body[2].media.type", equalTo("audio"))
                .body("body[2].media.credit", equalTo("Harbour Herald Radio"))
                .body("body[2].media.creditLine", equalTo("Audio : Harbour Herald Radio"))
                .body("body[2].media.durationSeconds", equalTo(452.0f))
                .body("body[2].media.tracks.kind", contains("transcript"))
                .body("body[2].media.poster", nullValue())
                .header("Surrogate-Key", org.hamcrest.Matchers.containsString("media:" + poster));

        // The poster's own rights end: the video stays, without a still.
        clock.set(posterUntil);
        api().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("body[1].media.id", equalTo(videoId)).body("body[1].media.poster", nullValue());
        api().get("/api/v1/media/{id}", videoId).then().statusCode(200).body("poster", nullValue());
        editorial.editor().get("/api/v1/editorial/media/{id}", videoId).then().statusCode(200)
                .body("poster.rightsStatus", equalTo("expired"));
        clock.reset();

        // A poster in use stays, and stays an image.
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/media/{id}", poster)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        editorial.editor().contentType("application/json").header("If-Match", "*")
                .body(Map.of("type", "video", "url", "https://media.example.com/test/poster.mp4"))
                .put("/api/v1/editorial/media/{id}", poster).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/type"));
    }

    @Test
    void eachBlockEmbedsItsOwnKindOfMedia() {
        String photo = fixtures.photo("Photo : Test Agency").getId().toString();
        String video = create(Map.of("type", "video", "url", "https://media.example.com/test/clip.mp4"));
        Map<String, Object> draft = editorial.draftBody(fixtures.section("Kinds"), "Wrong blocks");
        draft.put("body", List.of(Map.of("type", "media", "mediaId", photo),
                Map.of("type", "image", "mediaId", video)));
        editorial.editor().contentType("application/json").body(draft).post("/api/v1/editorial/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", equalTo(List.of(
                        Map.of("pointer", "/body/0/mediaId", "message",
                                "a media block plays audio or video, not image; use an image block"),
                        Map.of("pointer", "/body/1/mediaId", "message",
                                "an image block shows a photo or graphic, not video; use a media block"))));
        draft.put("body", List.of(Map.of("type", "media")));
        editorial.editor().contentType("application/json").body(draft).post("/api/v1/editorial/articles")
                .then().statusCode(422).body("errors.pointer", hasSize(1))
                .body("errors[0].pointer", equalTo("/body/0/mediaId"));
    }

    /** A block as the editorial API shows it: by id, the asset embedded only on delivery. */
    private static Map<String, Object> stored(String type, String mediaId, String caption) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", type);
        block.put("mediaId", mediaId);
        block.put("caption", caption);
        block.put("media", null);
        return block;
    }

    private String create(Map<String, Object> body) {
        return editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/media")
                .then().statusCode(201).extract().path("id");
    }
}
