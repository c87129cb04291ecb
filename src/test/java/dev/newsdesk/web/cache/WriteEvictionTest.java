package dev.newsdesk.web.cache;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instance that takes a write never serves a copy that predates it: with the local cache on and the clock
 * standing still (so no copy expires), every successful write empties the cache, while a refused write and a read
 * leave it as it was.
 */
@QuarkusTest
@TestProfile(LocalCacheTest.LocalCacheOn.class)
class WriteEvictionTest {

    private static final String PUBLIC = "/api/v1/articles/{id}";
    private static final String EDITORIAL = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void unpublishAndDeleteAreSeenAtOnceByTheInstanceThatTookThem() {
        String id = publishedDraft(fixtures.section("Evicted"), "Soon withdrawn");
        cached(id, "Soon withdrawn");

        String etag = editorial.publisher().contentType("application/json").header("If-Match", editorial.etag(id))
                .body("{}").post(EDITORIAL + "/unpublish", id).then().statusCode(200).extract().header("ETag");
        api().get(PUBLIC, id).then().statusCode(410).body("code", equalTo("ARTICLE_UNPUBLISHED"));

        etag = editorial.publishNow(id, etag);
        cached(id, "Soon withdrawn");
        editorial.publisher().header("If-Match", etag).delete(EDITORIAL, id).then().statusCode(204);
        api().get(PUBLIC, id).then().statusCode(410).body("code", equalTo("ARTICLE_DELETED"));
    }

    @Test
    void anEditAndTheListsShowingItAreRenderedAgain() {
        Section section = fixtures.section("Evicted list");
        String id = publishedDraft(section, "Old headline");
        cached(id, "Old headline");
        String list = "/api/v1/articles?section=" + section.getSlug();
        api().get(list).then().statusCode(200);
        api().get(list).then().statusCode(200).header("Age", "0").body("data[0].headline", equalTo("Old headline"));

        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", editorial.etag(id))
                .body("{\"headline\":\"New headline\"}").patch(EDITORIAL, id).then().statusCode(200);

        api().get(PUBLIC, id).then().statusCode(200).header("Age", nullValue()).body("headline", equalTo("New headline"));
        api().get(list).then().statusCode(200).header("Age", nullValue())
                .body("data[0].headline", equalTo("New headline"));
    }

    @Test
    void aRefusedWriteLeavesTheStoredCopies() {
        String id = publishedDraft(fixtures.section("Kept"), "Still cached");
        cached(id, "Still cached");

        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", "\"stale\"")
                .body("{\"headline\":\"Never written\"}").patch(EDITORIAL, id).then().statusCode(412);
        api().get("/api/v1/articles").then().statusCode(200);

        api().get(PUBLIC, id).then().statusCode(200).header("Age", "0").body("headline", equalTo("Still cached"));
    }

    private String publishedDraft(Section section, String headline) {
        var created = editorial.createDraft(section, headline);
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));
        return id;
    }

    /** Reads the article twice: the second answer is the stored copy. */
    private void cached(String id, String headline) {
        api().get(PUBLIC, id).then().statusCode(200).body("headline", equalTo(headline));
        api().get(PUBLIC, id).then().statusCode(200).header("Age", "0").body("headline", equalTo(headline));
    }
}
