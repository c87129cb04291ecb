package dev.newsdesk.web.cache;

import static dev.newsdesk.testing.Api.NO_DECODERS;
import static dev.newsdesk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleDocuments;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.Metrics;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-instance cache over HTTP, with it turned on: a second GET within the TTL is the stored copy (it carries
 * Age and does not see a change made meanwhile), conditional requests are answered from it, each content coding
 * keeps its own ETag, and editorial, preview and problem answers are never stored, nor are URLs with unknown
 * parameters or responses too heavy to keep. The clock is fixed, so the TTL
 * is crossed by moving it, not by waiting.
 */
@QuarkusTest
@TestProfile(LocalCacheTest.LocalCacheOn.class)
class LocalCacheTest {

    private static final Duration TTL = Duration.ofSeconds(5);

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    ArticleRepository articles;
    @Inject
    MutableClock clock;
    @Inject
    ArticleDocuments documents;

    @BeforeEach
    void fixClock() {
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSecondGetIsTheStoredCopyUntilTheTtlHasPassed() {
        Article article = fixtures.article(fixtures.section("Cache")).headline("First words").create();
        String path = "/api/v1/articles/" + article.getId();
        Response rendered = api().get(path);
        rendered.then().statusCode(200).header("Age", nullValue()).body("headline", equalTo("First words"));

        rename(article, "Second words");
        clock.advance(Duration.ofMillis(1500));
        Response stored = api().get(path);
        stored.then().statusCode(200).header("Age", equalTo("2")).body("headline", equalTo("First words"))
                .header("Content-Type", startsWith("application/json"));
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Surrogate-Key")) {
            assertEquals(rendered.header(header), stored.header(header), header);
        }

        clock.advance(TTL);
        Response fresh = api().get(path);
        fresh.then().statusCode(200).header("Age", nullValue()).body("headline", equalTo("Second words"));
        assertNotEquals(rendered.header("ETag"), fresh.header("ETag"));
    }

    @Test
    void conditionalRequestsAreAnsweredFromTheStoredCopy() {
        Article article = fixtures.article(fixtures.section("Cache")).create();
        String path = "/api/v1/articles/" + article.getId();
        Response full = api().get(path);
        String etag = full.header("ETag");

        Response notModified = api().header("If-None-Match", etag).get(path);
        notModified.then().statusCode(304).body(emptyString()).header("Age", equalTo("0"));
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Surrogate-Key")) {
            assertEquals(full.header(header), notModified.header(header), header);
        }
        api().header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304).header("Age", "0");
        api().header("If-None-Match", "*").get(path).then().statusCode(304);
        api().header("If-Modified-Since", full.header("Last-Modified")).get(path)
                .then().statusCode(304).header("Age", "0");
        api().header("If-None-Match", "\"stale\"").header("If-Modified-Since", full.header("Last-Modified")).get(path)
                .then().statusCode(200).header("Age", "0").body("id", equalTo(article.getId().toString()));
        api().header("If-Modified-Since", "Thu, 25 Apr 2019 12:08:35 GMT").get(path)
                .then().statusCode(200).header("Age", "0");
    }

    @Test
    void aRevalidationOfAStoredDocumentThatMissesLeavesTheCopyTheNextOneIsAnsweredFrom() {
        Response created = editorial.createDraft(fixtures.section("Cache"), "Revalidated often");
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));
        assertTrue(documents.visibleById(UUID.fromString(id), clock.instant()).isPresent(),
                "the article is answered from its stored document");
        String path = "/api/v1/articles/" + id;
        Response full = api().get(path);
        full.then().statusCode(200);
        clock.advance(TTL.plusSeconds(1));

        // The copy has expired: the first revalidation reads the document, the next is answered from memory.
        Response read = api().header("If-None-Match", full.header("ETag")).get(path);
        read.then().statusCode(304).header("Age", nullValue());
        Response held = api().header("If-None-Match", full.header("ETag")).get(path);
        held.then().statusCode(304).header("Age", equalTo("0"));
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Surrogate-Key")) {
            assertEquals(read.header(header), held.header(header), header);
        }
        api().get(path).then().statusCode(200).header("Age", equalTo("0")).body(equalTo(full.asString()));
    }

    @Test
    void eachContentCodingIsStoredWithItsOwnEtag() {
        Article article = fixtures.article(fixtures.section("Cache")).create();
        String path = "/api/v1/articles/" + article.getId();
        String plain = api().config(NO_DECODERS).header("Accept-Encoding", "identity").get(path)
                .then().statusCode(200).header("Age", nullValue()).extract().header("ETag");

        Response gzipped = api().header("Accept-Encoding", "gzip").get(path);
        gzipped.then().statusCode(200).header("Age", "0").header("Content-Encoding", "gzip")
                .header("ETag", equalTo(plain.replaceAll("\"$", "-gz\""))).body("id", equalTo(article.getId().toString()));
        api().config(NO_DECODERS).header("Accept-Encoding", "identity").get(path)
                .then().statusCode(200).header("Age", "0").header("Content-Encoding", nullValue())
                .header("ETag", equalTo(plain)).body("id", equalTo(article.getId().toString()));
        // A coding we do not render ourselves is not left to the server's compression: the identity bytes and tag.
        api().config(NO_DECODERS).header("Accept-Encoding", "deflate").get(path)
                .then().statusCode(200).header("Age", "0").header("Content-Encoding", nullValue())
                .header("ETag", equalTo(plain)).body("id", equalTo(article.getId().toString()));
        api().header("Accept-Encoding", "gzip").header("If-None-Match", gzipped.header("ETag")).get(path)
                .then().statusCode(304).header("ETag", endsWith("-gz\""));
        api().config(NO_DECODERS).header("Accept-Encoding", "identity").header("If-None-Match", gzipped.header("ETag"))
                .get(path).then().statusCode(200).header("ETag", equalTo(plain));
    }

    @Test
    void headIsAnsweredFromTheStoredCopyWithTheHeadersOfAGet() {
        Article article = fixtures.article(fixtures.section("Cache")).create();
        String path = "/api/v1/articles/" + article.getId();
        // HEAD is not an operation of the contract, so these responses are not checked against it.
        given().head(path).then().statusCode(200).header("Age", nullValue());
        Response get = api().config(NO_DECODERS).header("Accept-Encoding", "identity").get(path);
        get.then().statusCode(200).header("Age", "0");

        Response head = given().config(NO_DECODERS).header("Accept-Encoding", "identity").head(path);
        head.then().statusCode(200).header("Age", "0").header("Content-Type", startsWith("application/json"))
                .header("Content-Encoding", nullValue()).body(emptyString());
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Surrogate-Key")) {
            assertEquals(get.header(header), head.header(header), header);
        }
        given().config(NO_DECODERS).header("Accept-Encoding", "identity").header("If-None-Match", get.header("ETag"))
                .head(path).then().statusCode(304).header("Age", "0");
    }

    @Test
    void listsReplayTheirLinksAndQueryVariantsAreStoredApart() {
        var section = fixtures.section("Cache");
        fixtures.article(section).create();
        fixtures.article(section).create();
        String list = "/api/v1/articles?limit=1&section=" + section.getSlug();
        Response rendered = api().get(list);
        Response stored = api().get(list);
        stored.then().statusCode(200).header("Age", "0");
        assertEquals(rendered.headers().getValues("Link"), stored.headers().getValues("Link"));
        assertEquals(2, stored.headers().getValues("Link").size());

        api().get(list + "&fields=headline").then().statusCode(200).header("Age", nullValue());
        api().get("/api/v1/articles?section=" + section.getSlug() + "&limit=1").then().statusCode(200)
                .header("Age", nullValue());
    }

    @Test
    void onlyJsonAcceptingRequestsGetTheStoredCopy() {
        Article article = fixtures.article(fixtures.section("Cache")).create();
        String path = "/api/v1/articles/" + article.getId();
        api().get(path).then().statusCode(200);

        api().accept("application/json").get(path).then().statusCode(200).header("Age", "0");
        api().accept("text/html, */*;q=0.8").get(path).then().statusCode(200).header("Age", "0");
        api().accept("text/html").get(path).then().statusCode(406).header("Age", nullValue());
        given().post(path).then().statusCode(405).header("Age", nullValue());
    }

    @Test
    void editorialPreviewAndProblemAnswersAreNeverStored() {
        Article article = fixtures.article(fixtures.section("Cache")).headline("Before").create();
        String editorialPath = "/api/v1/editorial/articles/" + article.getId();
        editorial.editor().get(editorialPath).then().statusCode(200).header("Cache-Control", "private, no-store");
        rename(article, "After");
        editorial.editor().get(editorialPath).then().statusCode(200).header("Age", nullValue())
                .header("Cache-Control", "private, no-store").body("headline", equalTo("After"));

        String preview = editorial.editor().post("/api/v1/editorial/articles/{id}/preview-tokens", article.getId())
                .then().statusCode(201).extract().path("previewPath");
        api().urlEncodingEnabled(false).get(preview).then().statusCode(200);
        rename(article, "Previewed");
        api().urlEncodingEnabled(false).get(preview).then().statusCode(200).header("Age", nullValue())
                .header("Cache-Control", "private, no-store").body("headline", equalTo("Previewed"));

        String missing = "/api/v1/articles/" + UUID.randomUUID();
        api().get(missing).then().statusCode(404);
        api().get(missing).then().statusCode(404).header("Age", nullValue()).header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        api().get("/api/v1/articles?limit=0").then().statusCode(400);
        api().get("/api/v1/articles?limit=0").then().statusCode(400).header("Age", nullValue());
    }

    @Test
    void everyResponseOfAStoredCopyStillNamesWhatItShows() {
        Article article = fixtures.article(fixtures.section("Cache")).create();
        String path = "/api/v1/articles/by-slug/" + article.getSlug();
        api().get(path).then().statusCode(200);
        api().get(path).then().statusCode(200).header("Age", "0")
                .header("Surrogate-Key", not(emptyString()))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400"));
    }

    @Test
    void aUrlWithAnUnknownParameterIsNeverStoredNorServed() {
        Article article = fixtures.article(fixtures.section("Cache")).create();
        String path = "/api/v1/articles/" + article.getId();
        api().get(path).then().statusCode(200);
        api().get(path).then().statusCode(200).header("Age", "0");

        for (int i = 0; i < 2; i++) {
            api().get(path + "?utm_source=mail").then().statusCode(400).header("Age", nullValue())
                    .body("errors[0].parameter", equalTo("utm_source"));
        }
    }

    @Test
    void aResponseHeavierThanAnEntryMayIsSentButNotKept() {
        var section = fixtures.section("Heavy");
        for (int i = 0; i < 20; i++) {
            fixtures.article(section).headline("Heavy list item " + i).create();
        }
        String list = "/api/v1/articles?limit=100&section=" + section.getSlug();
        Response first = api().get(list);
        first.then().statusCode(200).header("Age", nullValue());
        Response second = api().get(list);
        second.then().statusCode(200).header("Age", nullValue());
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
    }

    @Test
    void hitsAndMissesAreCountedOnTheMetricsPageAsRequestsSawThem() {
        Article article = fixtures.article(fixtures.section("Counted")).create();
        double hits = cacheMetric("cache_gets_total", ",result=\"hit\"");
        double misses = cacheMetric("cache_gets_total", ",result=\"miss\"");

        api().get("/api/v1/articles/" + article.getId()).then().statusCode(200).header("Age", nullValue());
        api().get("/api/v1/articles/" + article.getId()).then().statusCode(200).header("Age", "0");

        assertEquals(hits + 1, cacheMetric("cache_gets_total", ",result=\"hit\""));
        assertEquals(misses + 1, cacheMetric("cache_gets_total", ",result=\"miss\""));
        assertEquals((hits + 1) / (hits + misses + 2), cacheMetric("cache_hit_ratio", ""), 1e-9);
        assertEquals(16 * 1024 * 1024, cacheMetric("cache_max_weight_bytes", ""));
    }

    private static double cacheMetric(String name, String moreLabels) {
        return Metrics.sample(name, "cache=\"representations\"" + moreLabels);
    }

    private void rename(Article article, String headline) {
        QuarkusTransaction.requiringNew().run(() -> articles.findById(article.getId()).setHeadline(headline));
    }

    /** The local cache on, as in production, with a TTL the tests cross by moving the clock. */
    public static class LocalCacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // An in-memory H2 database of its own: one left by the previous Quarkus start belongs to its class loader.
            return Map.of("%test.newsdesk.http-cache.local-cache.ttl", TTL.toSeconds() + "s",
                    // A list of 20 articles weighs more, a single article less.
                    "%test.newsdesk.http-cache.local-cache.max-entry-size", "8K",
                    "%test.newsdesk-db.url.h2",
                    "jdbc:h2:mem:localcache;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }
}
