package dev.newsdesk.web.cache;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.article.Article;
import dev.newsdesk.collection.CollectionService;
import dev.newsdesk.collection.api.CollectionCreateRequest;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An article's expiry and a scheduled article's publication change responses without any write: on the test clock,
 * max-age and both stale allowances of every response that shows the article, or that it will enter, end by that
 * instant (kinds: articles 60 s / 300 s / 1 d, articles-list 30 s / 60 s / 1 h, feeds 60 s / 300 s / 1 d,
 * collections the default 60 s / 60 s / 1 h).
 */
@QuarkusTest
class ArticleBoundariesCachingTest {

    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;
    @Inject
    CollectionService collections;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anArticleThatWillExpireIsNeverCachedPastItsExpiryNorIsAnyListShowingIt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Section section = fixtures.section("Expiring desk");
        Article expiring = fixtures.article(section).headline("Expiring").firstPublishedAt(now.minusSeconds(60))
                .expiresAt(now.plusSeconds(100)).create();
        Article lasting = fixtures.article(section).headline("Lasting").firstPublishedAt(now.minusSeconds(120))
                .create();
        clock.set(now);

        // The article: max-age 60 fits before the expiry, the stale allowances are cut to the 40 s left after it.
        api().get("/api/v1/articles/{id}", expiring.getId()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=40, stale-if-error=40");
        api().get("/api/v1/articles/{id}", lasting.getId()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("Expiring", "Lasting"))
                .header("Cache-Control", "public, max-age=30, stale-while-revalidate=60, stale-if-error=70");

        clock.set(now.plusSeconds(80));
        api().get("/api/v1/articles/{id}", expiring.getId()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=20, stale-while-revalidate=0, stale-if-error=0");
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", "public, max-age=20, stale-while-revalidate=0, stale-if-error=0");
        api().get("/api/v1/feeds/rss/sections/{slug}", section.getSlug()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=20, stale-while-revalidate=0, stale-if-error=0");

        clock.set(now.plusSeconds(100).minusMillis(1));
        api().get("/api/v1/articles/{id}", expiring.getId()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=0, stale-while-revalidate=0, stale-if-error=0");

        // At the expiry it is gone, and the list that no longer shows it is cacheable as usual again.
        clock.set(now.plusSeconds(100));
        api().get("/api/v1/articles/{id}", expiring.getId()).then().statusCode(410);
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("Lasting"))
                .header("Cache-Control", "public, max-age=30, stale-while-revalidate=60, stale-if-error=3600");
    }

    @Test
    void aListAScheduledArticleWillEnterIsNeverCachedPastItsPublication() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Section section = fixtures.section("Scheduled desk");
        Section other = fixtures.section("Unscheduled desk");
        Article visible = fixtures.article(section).headline("Already out").firstPublishedAt(now.minusSeconds(60))
                .create();
        Article scheduled = fixtures.article(section).headline("Coming").firstPublishedAt(now.plusSeconds(45))
                .create();
        fixtures.article(other).headline("Elsewhere").firstPublishedAt(now.minusSeconds(60)).create();
        String pick = Fixtures.unique("pick");
        collections.create(new CollectionCreateRequest(pick, "Editor's Pick", "Chosen by the desk", null,
                List.of(scheduled.getId(), visible.getId())));
        clock.set(now);

        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("Already out"))
                .header("Cache-Control", "public, max-age=30, stale-while-revalidate=15, stale-if-error=15");
        api().get("/api/v1/feeds/atom/sections/{slug}", section.getSlug()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=45, stale-while-revalidate=0, stale-if-error=0");
        api().get("/api/v1/collections/{slug}", pick).then().statusCode(200)
                .body("items.headline", contains("Already out"))
                .header("Cache-Control", "public, max-age=45, stale-while-revalidate=0, stale-if-error=0");
        // A list the scheduled article will not enter is not held to its time.
        api().queryParam("section", other.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("Elsewhere"))
                .header("Cache-Control", "public, max-age=30, stale-while-revalidate=60, stale-if-error=3600");
        // The article itself is not shown yet: a 404 is never stored.
        api().get("/api/v1/articles/{id}", scheduled.getId()).then().statusCode(404)
                .header("Cache-Control", equalTo("no-store"));

        clock.set(now.plusSeconds(45));
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("Coming", "Already out"))
                .header("Cache-Control", "public, max-age=30, stale-while-revalidate=60, stale-if-error=3600");
        api().get("/api/v1/collections/{slug}", pick).then().statusCode(200)
                .body("items.headline", contains("Coming", "Already out"));
    }

    @Test
    void aListIsHeldToAnArticleScheduledSinceItWasLastAskedAndToTheClockItIsAskedAt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Section section = fixtures.section("Rescheduled desk");
        fixtures.article(section).headline("Earlier").firstPublishedAt(now.minusSeconds(60)).create();
        fixtures.article(section).headline("Just out").firstPublishedAt(now.minusSeconds(5)).create();
        fixtures.article(section).headline("Later").firstPublishedAt(now.plusSeconds(45)).create();
        clock.set(now);
        for (int asked = 0; asked < 2; asked++) {
            api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                    .body("data.headline", contains("Just out", "Earlier"))
                    .header("Cache-Control", "public, max-age=30, stale-while-revalidate=15, stale-if-error=15");
        }
        // Scheduled by a write that no request made (the next publication a list waits for is remembered briefly).
        fixtures.article(section).headline("Sooner").firstPublishedAt(now.plusSeconds(20)).create();
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("Just out", "Earlier"))
                .header("Cache-Control", "public, max-age=20, stale-while-revalidate=0, stale-if-error=0");
        // Asked at an earlier instant, an article already out is still to come.
        clock.set(now.minusSeconds(10));
        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("Earlier"))
                .header("Cache-Control", "public, max-age=5, stale-while-revalidate=0, stale-if-error=0");
    }
}
