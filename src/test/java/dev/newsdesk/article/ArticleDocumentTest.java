package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.author.Author;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.Api;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stored article documents (ArticleDocuments): after every kind of write the document a GET is answered from is
 * exactly what a fresh render gives (same bytes, ETag, Last-Modified, Surrogate-Key, Cache-Control), and a document
 * that no longer holds is never served. Each check answers from the document, then deletes it and answers again
 * from the tables.
 */
@QuarkusTest
class ArticleDocumentTest {

    private static final String PUBLIC = "/api/v1/articles/{id}";
    private static final String EDITORIAL = "/api/v1/editorial/articles/{id}";
    private static final List<String> HEADERS = List.of("ETag", "Last-Modified", "Cache-Control", "Surrogate-Key",
            "Content-Type", "Content-Length", "Vary", "Content-Language", "Link", "Newsdesk-Requested-Language",
            "Content-Location");

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;
    @Inject
    ArticleDocuments documents;
    @Inject
    ArticleDocumentRenderer renderer;
    @Inject
    ScheduledTransitions transitions;
    @Inject
    EntityManager em;
    @Inject
    EditionFixtures editions;
    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
        editions.reset();
    }

    @Test
    void translationsAndEditionsAreInTheStoredAlternatesAndLanguageHeaders() {
        editions.set("en", "ko>en");
        Section section = fixtures.section("Ferry desk");
        String en = published(section, "Ferry adds night crossings");
        Response alone = storedEqualsFresh(en);
        assertEquals(List.of("en"), alone.headers().getValues("Content-Language"));
        assertEquals("Accept, Accept-Encoding, Accept-Language", alone.header("Vary"));

        // A translation published: both members' documents name both, and x-default.
        String ko = editorial.editor().contentType("application/json")
                .body(Map.of("language", "ko", "slug", Fixtures.unique("ferry-ko"), "headline", "여객선 야간 운항 추가"))
                .post("/api/v1/editorial/articles/{id}/translations", en).then().statusCode(201).extract().path("id");
        editorial.publishNow(ko, editorial.etag(ko));
        Response source = storedEqualsFresh(en);
        Response translation = storedEqualsFresh(ko);
        assertEquals(3, source.headers().getValues("Link").size(), source.headers().toString());
        assertEquals(source.headers().getValues("Link"), translation.headers().getValues("Link"));
        assertEquals(List.of("ko"), translation.headers().getValues("Content-Language"));
        assertEquals(List.of("en", "ko", "x-default"), source.path("alternates.language"));

        // Asked in a language, the answer is negotiated and rendered: the Korean member, with its own ETag.
        Response asked = api().header("Accept-Encoding", "identity").queryParam("lang", "ko").get(PUBLIC, en)
                .then().statusCode(200).extract().response();
        assertEquals(ko, asked.path("id"));
        assertEquals("ko", asked.header("Content-Language"));
        assertFalse(asked.header("ETag").equals(source.header("ETag")));

        // Unpublishing the translation makes the source's document stale; stored again, it names only itself.
        editorial.publisher().contentType("application/json").header("If-Match", editorial.etag(ko)).body("{}")
                .post(EDITORIAL + "/unpublish", ko).then().statusCode(200);
        // (rendered again at once after the write: see ArticleDocuments.afterCommittedWrite)
        assertEquals(List.of("en", "x-default"), storedEqualsFresh(en).path("alternates.language"));

        // One edition again: no answer varies with Accept-Language any more, and the documents say so.
        editions.reset();
        queueAndRender(UUID.fromString(en));
        assertEquals("Accept, Accept-Encoding", storedEqualsFresh(en).header("Vary"));
    }

    @Test
    void anEditAMinorEditAndACorrectionAreStoredAsAFreshRenderGivesThem() {
        Section section = fixtures.section("Harbour desk");
        String id = published(section, "Storm closes harbour");
        String before = storedEqualsFresh(id).path("headline");
        assertEquals("Storm closes harbour", before);

        patch(id, Map.of("headline", "Harbour closed by storm"));
        assertEquals("Harbour closed by storm", storedEqualsFresh(id).path("headline"));

        patch(id, Map.of("headline", "Harbour closed by the storm", "minor", true));
        assertEquals("Harbour closed by the storm", storedEqualsFresh(id).path("headline"));

        patch(id, Map.of("standfirst", "Ships return after two days.", "correction", true,
                "note", "An earlier version said a week."));
        assertEquals("Ships return after two days.", storedEqualsFresh(id).path("standfirst"));
    }

    @Test
    void unpublishingDropsTheDocumentAndPublishingAgainStoresItAgain() {
        Section section = fixtures.section("Unpublish desk");
        String id = published(section, "Short-lived story");
        storedEqualsFresh(id);

        editorial.publisher().contentType("application/json").header("If-Match", editorial.etag(id)).body("{}")
                .post(EDITORIAL + "/unpublish", id).then().statusCode(200);
        assertFalse(stored(id), "an unpublished article has no document");
        api().get(PUBLIC, id).then().statusCode(410);

        editorial.publishNow(id, editorial.etag(id));
        assertEquals("Short-lived story", storedEqualsFresh(id).path("headline"));
    }

    @Test
    void aPendingDraftLeavesTheStoredLiveVersionUntilItIsPublished() {
        Section section = fixtures.section("Pending desk");
        String id = published(section, "Live words");
        patch(id, Map.of("draft", true, "headline", "Reviewed words"));
        assertEquals("Live words", storedEqualsFresh(id).path("headline"));

        editorial.publishNow(id, editorial.etag(id));
        assertEquals("Reviewed words", storedEqualsFresh(id).path("headline"));
    }

    @Test
    void aSectionRenameAnAuthorChangeAndATagChangeReachTheStoredDocument() {
        Section parent = fixtures.section("Asia desk");
        Section section = fixtures.section("Korea desk", parent, 1);
        Author author = fixtures.author("Kim Min-jun");
        Tag tag = fixtures.tag("Busan", TagType.PLACE);
        Map<String, Object> draft = editorial.draftBody(section, "Port strike ends");
        draft.put("authorIds", List.of(author.getId().toString()));
        draft.put("tagIds", List.of(tag.getId().toString()));
        String id = published(draft);
        storedEqualsFresh(id);

        // The parent's slug is in the article's canonical path: a rename of the parent reaches it too.
        String parentSlug = Fixtures.unique("asia");
        editorial.admin().contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", parentSlug, "name", "Asia-Pacific desk", "position", 1))
                .put("/api/v1/editorial/sections/{id}", parent.getId()).then().statusCode(200);
        assertTrue(storedEqualsFresh(id).<String>path("canonicalPath").startsWith("/" + parentSlug + "/"));

        // A scheduled article shows the section from its publication on: its document is replaced too.
        Instant at = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        Article scheduled = fixtures.article(section).headline("Coming later").firstPublishedAt(at).create();
        queueAndRender(scheduled.getId());
        assertTrue(stored(scheduled.getId().toString()));

        editorial.admin().contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", section.getSlug(), "name", "Korean Peninsula desk", "position", 1,
                        "parentId", parent.getId().toString()))
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(200);
        assertEquals("Korean Peninsula desk", storedEqualsFresh(id).path("section.name"));
        // Rendered again after the commit (with the visible one, on the writer's request): its stored bytes show
        // the new name. At its publication its alternates start naming it, so it is rendered once more then.
        String storedScheduled = QuarkusTransaction.requiringNew().call(() -> new String(
                em.find(ArticleDocument.class, scheduled.getId()).getBody(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(storedScheduled.contains("\"name\":\"Korean Peninsula desk\""), storedScheduled);
        clock.set(at);
        queueAndRender(scheduled.getId());
        assertEquals("Korean Peninsula desk", storedEqualsFresh(scheduled.getId().toString()).path("section.name"));
        clock.reset();

        editorial.publisher().contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", author.getSlug(), "name", "Kim Min-jun (Busan)"))
                .put("/api/v1/editorial/authors/{id}", author.getId()).then().statusCode(200);
        assertEquals(List.of("Kim Min-jun (Busan)"), storedEqualsFresh(id).path("authors.name"));

        editorial.publisher().contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", tag.getSlug(), "name", "Busan Port", "type", "place"))
                .put("/api/v1/editorial/tags/{id}", tag.getId()).then().statusCode(200);
        assertEquals(List.of("Busan Port"), storedEqualsFresh(id).path("tags.name"));

        // The article's own tag list.
        Tag other = fixtures.tag("Shipping", TagType.TOPIC);
        patch(id, Map.of("tagIds", List.of(tag.getId().toString(), other.getId().toString())));
        assertEquals(List.of("Busan Port", "Shipping"), storedEqualsFresh(id).path("tags.name"));
    }

    @Test
    void aMediaCreditChangeReachesTheStoredDocumentOfArticlesShowingTheAsset() {
        Section section = fixtures.section("Photo desk");
        String lead = editorial.createPhoto("Yonhap", null, null, null);
        String inBody = editorial.createPhoto("Reuters", null, null, null);
        Map<String, Object> draft = editorial.draftBody(section, "Cranes at dawn");
        draft.put("leadMediaId", lead);
        draft.put("body", List.of(Map.of("type", "paragraph", "html", "Before the photo."),
                Map.of("type", "image", "mediaId", inBody)));
        String id = published(draft);
        storedEqualsFresh(id);

        recredit(lead, "Yonhap / Kim");
        assertEquals("Yonhap / Kim", storedEqualsFresh(id).path("leadMedia.credit"));
        recredit(inBody, "Reuters / Lee");
        assertEquals("Reuters / Lee", storedEqualsFresh(id).path("body[1].media.credit"));
    }

    @Test
    void aScheduledArticleIsServedFromItsDocumentFromItsPublicationToItsExpiry() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Section section = fixtures.section("Schedule desk");
        Article article = fixtures.article(section).headline("Coming at noon").firstPublishedAt(now.plusSeconds(45))
                .expiresAt(now.plusSeconds(145)).create();
        String id = article.getId().toString();
        queueAndRender(article.getId());
        clock.set(now);
        assertTrue(stored(id), "a scheduled article has its document before it goes live");
        assertFalse(servable(article.getId(), now));
        api().get(PUBLIC, id).then().statusCode(404);

        clock.set(now.plusSeconds(45).minusMillis(1));
        api().get(PUBLIC, id).then().statusCode(404);

        // Its alternates name it only once it is live: the document rendered ahead no longer holds, and the
        // scheduled transition queues it to be rendered again.
        clock.set(now.plusSeconds(45));
        assertFalse(servable(article.getId(), clock.instant()));
        queueAndRender(article.getId());
        Response live = storedEqualsFresh(id);
        assertEquals(List.of("en", "x-default"), live.path("alternates.language"));
        assertEquals("public, max-age=60, stale-while-revalidate=40, stale-if-error=40", live.header("Cache-Control"));

        queueAndRender(article.getId());
        clock.set(now.plusSeconds(125));
        assertEquals("public, max-age=20, stale-while-revalidate=0, stale-if-error=0",
                storedEqualsFresh(id).header("Cache-Control"));

        clock.set(now.plusSeconds(145).minusMillis(1));
        queueAndRender(article.getId());
        storedEqualsFresh(id);

        clock.set(now.plusSeconds(145));
        queueAndRender(article.getId());
        assertFalse(servable(article.getId(), clock.instant()));
        api().get(PUBLIC, id).then().statusCode(410);
    }

    @Test
    void aDocumentShowingAPhotoIsNotServedPastThePhotosRightsAndIsRenderedAgain() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        Section section = fixtures.section("Rights desk");
        String photo = editorial.createPhoto("AFP", "Editorial use for one week", null, now.plusSeconds(100));
        Map<String, Object> draft = editorial.draftBody(section, "Ferry returns");
        draft.put("body", List.of(Map.of("type", "paragraph", "html", "The ferry."),
                Map.of("type", "image", "mediaId", photo)));
        String id = published(draft);
        assertEquals(2, storedEqualsFresh(id).<List<?>>path("body").size());

        clock.set(now.plusSeconds(100));
        assertFalse(servable(UUID.fromString(id), clock.instant()),
                "a document is not served past a rights boundary it shows");
        assertEquals(1, api().get(PUBLIC, id).then().statusCode(200).extract().<List<?>>path("body").size());

        // The job queues documents that time made outdated, and renders them as readers now see the article.
        inRequest(() -> renderer.queueOutdated(false));
        drain();
        assertEquals(1, storedEqualsFresh(id).<List<?>>path("body").size());
    }

    /**
     * The re-render-all command queues every published article in short transactions of a bounded batch (at 1M
     * articles one statement outlasted the statement timeout), each article once, and no draft.
     */
    @Test
    void renderAllQueuesEveryPublishedArticleOnceInBatchesAndNoDraft() {
        Section section = fixtures.section("Render all");
        UUID draft = fixtures.article(section).status(ArticleStatus.DRAFT).firstPublishedAt(null).create().getId();
        UUID live = fixtures.article(section).create().getId();
        long published = count("select count(*) from article where status = 'PUBLISHED'");
        int batches = 0;
        UUID after = null;
        do {
            after = renderer.queueBatch(after, 25);
            batches++;
        } while (after != null);
        assertEquals((published + 24) / 25 + 1, batches, "batches of 25, then one that finds none left");
        assertEquals(0, count("select count(*) from article a where a.status = 'PUBLISHED' and not exists "
                + "(select 1 from article_document_backlog b where b.article_id = a.id)"));
        assertEquals(0, count("select count(*) from article_document_backlog b join article a on a.id = b.article_id "
                + "where a.id = '" + draft + "'"));
        assertEquals(1, count("select count(*) from article_document_backlog where article_id = '" + live + "'"));
        drain();
        assertEquals(0, renderer.queued());
        storedEqualsFresh(live.toString());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    @Test
    void aFanOutBeyondTheInlineLimitIsDroppedAtOnceAndRenderedByTheJob() {
        Section section = fixtures.section("Crowded desk");
        List<Article> many = new java.util.ArrayList<>();
        Instant published = Instant.now().minusSeconds(3600);
        for (int i = 0; i <= ArticleDocuments.INLINE_LIMIT; i++) {
            many.add(fixtures.article(section).headline("Story " + i).firstPublishedAt(published).create());
        }
        many.forEach(a -> queue(a.getId()));
        drain();
        String first = many.get(0).getId().toString();
        String last = many.get(many.size() - 1).getId().toString();
        storedEqualsFresh(first);

        editorial.admin().contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", section.getSlug(), "name", "Very crowded desk", "position", 1))
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(200);
        assertFalse(stored(first), "the rename dropped every document showing the section");
        assertFalse(stored(last));
        api().get(PUBLIC, first).then().statusCode(200).body("section.name", equalTo("Very crowded desk"));

        drain();
        assertEquals("Very crowded desk", storedEqualsFresh(first).path("section.name"));
        assertEquals("Very crowded desk", storedEqualsFresh(last).path("section.name"));
    }

    @Test
    void aDocumentOfAnotherFormatIsNeverServed() {
        Section section = fixtures.section("Format desk");
        String id = published(section, "Old build");
        storedEqualsFresh(id);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update article_document set format = format + 1, body = :body where article_id = :id")
                .setParameter("body", "{}".getBytes()).setParameter("id", UUID.fromString(id)).executeUpdate());
        api().get(PUBLIC, id).then().statusCode(200).body("headline", equalTo("Old build"));

        inRequest(() -> renderer.queueOutdated(true));
        drain();
        storedEqualsFresh(id);
    }

    @Test
    void theStoredBytesAreWhatARequestInTheDefaultShapeGets() {
        Section section = fixtures.section("Bytes desk");
        String id = published(section, "Stored bytes story");
        String slug = storedEqualsFresh(id).path("slug");
        // Marked bytes (with the stored ETag kept) prove which answers come from the row; not the contract's.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update article_document set body = :body where article_id = :id")
                .setParameter("body", "{\"marked\":true}".getBytes()).setParameter("id", UUID.fromString(id))
                .executeUpdate());
        String etag = io.restassured.RestAssured.given().config(Api.NO_DECODERS).header("Accept-Encoding", "identity").get(PUBLIC, id)
                .then().statusCode(200).body(equalTo("{\"marked\":true}")).extract().header("ETag");
        io.restassured.RestAssured.given().config(Api.NO_DECODERS).header("Accept-Encoding", "identity").get("/api/v1/articles/by-slug/{slug}", slug)
                .then().statusCode(200).body(equalTo("{\"marked\":true}")).header("ETag", etag);
        io.restassured.RestAssured.given().config(Api.NO_DECODERS).header("Accept-Encoding", "identity").head(PUBLIC, id)
                .then().statusCode(200).header("ETag", etag);
        // Another shape, a language or a fallback choice is rendered from the tables.
        api().queryParam("fields", "id,headline").get(PUBLIC, id).then().statusCode(200)
                .body("headline", equalTo("Stored bytes story"));
        api().header("Accept-Language", "en").get(PUBLIC, id).then().statusCode(200)
                .body("headline", equalTo("Stored bytes story"));
        api().queryParam("fallback", "true").get(PUBLIC, id).then().statusCode(200)
                .body("headline", equalTo("Stored bytes story"));
        queueAndRender(UUID.fromString(id));
        storedEqualsFresh(id);
    }

    @Test
    void aListPageShowsEachItemFromItsStoredSummaryWhileItHolds() {
        Section section = fixtures.section("Summary desk");
        String older = published(section, "Older story");
        String newer = published(section, "Newer story");
        storedEqualsFresh(older);
        storedEqualsFresh(newer);
        // Marked bytes prove where the page comes from: the newer item from its row, the older one still as it is.
        setSummary(newer, "Marked story", null);
        Response page = sectionPage(section.getSlug());
        assertEquals(List.of("Marked story", "Older story"), page.path("data.headline"));
        assertEquals(List.of(newer, older), page.path("data.id"));

        // Past its boundary, or of another format, a stored summary is not used: the item is rendered again.
        setSummary(newer, "Marked story", clock.instant().minusSeconds(1));
        assertEquals(List.of("Newer story", "Older story"), sectionPage(section.getSlug()).path("data.headline"));
        setSummary(newer, "Marked story", null);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update article_document set format = format + 1 where article_id = :id")
                .setParameter("id", UUID.fromString(newer)).executeUpdate());
        assertEquals(List.of("Newer story", "Older story"), sectionPage(section.getSlug()).path("data.headline"));

        // A write drops the row with its summary: the page shows the edit at once.
        queueAndRender(UUID.fromString(newer));
        patch(newer, Map.of("headline", "Newest story"));
        assertEquals(List.of("Newest story", "Older story"), sectionPage(section.getSlug()).path("data.headline"));
        storedEqualsFresh(newer);
    }

    /** Rewrites the stored summary's headline and boundary, behind the renderer's back. */
    private void setSummary(String id, String headline, Instant validUntil) {
        QuarkusTransaction.requiringNew().run(() -> {
            ArticleDocument document = em.find(ArticleDocument.class, UUID.fromString(id));
            try {
                com.fasterxml.jackson.databind.node.ObjectNode summary =
                        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(document.getSummary());
                summary.put("headline", headline);
                document.setSummary(json.writeValueAsBytes(summary));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            document.setSummaryValidUntil(validUntil);
        });
    }

    @Test
    void aPageOfStoredSummariesTakesItsLastModifiedFromThemAndLooksItUpWhenOneHasNone() {
        Section section = fixtures.section("Modified desk");
        String older = published(section, "Older modified story");
        String newer = published(section, "Newer modified story");
        storedEqualsFresh(older);
        storedEqualsFresh(newer);
        String lookedUp = sectionPage(section.getSlug()).header("Last-Modified");
        // Marked instants prove which the page took: the latest of the stored ones, no lookup.
        setSummaryLastModified(older, Instant.parse("2001-02-03T04:05:06Z"));
        setSummaryLastModified(newer, Instant.parse("2001-02-03T04:05:07.900Z"));
        assertEquals("Sat, 03 Feb 2001 04:05:07 GMT", sectionPage(section.getSlug()).header("Last-Modified"));
        // A summary stored before the column was kept has none: the page looks every item up, as before.
        setSummaryLastModified(older, null);
        assertEquals(lookedUp, sectionPage(section.getSlug()).header("Last-Modified"));
        queueAndRender(UUID.fromString(older));
        queueAndRender(UUID.fromString(newer));
        assertEquals(lookedUp, sectionPage(section.getSlug()).header("Last-Modified"));
    }

    private void setSummaryLastModified(String id, Instant modified) {
        QuarkusTransaction.requiringNew().run(() -> em.find(ArticleDocument.class, UUID.fromString(id))
                .setSummaryLastModified(modified));
    }

    @Test
    void aNewSiteBaseUrlReachesEveryStoredDocument() {
        Section section = fixtures.section("Site desk");
        String id = published(section, "Canonical story");
        storedEqualsFresh(id);
        Response site = editorial.admin().get("/api/v1/editorial/site").then().statusCode(200).extract().response();
        String before = site.path("baseUrl");
        try {
            putSite(site, "https://moved.example.com");
            assertFalse(stored(id), "every article shows the base URL: its document was dropped");
            drain();
            assertEquals("https://moved.example.com" + storedEqualsFresh(id).path("canonicalPath"),
                    storedEqualsFresh(id).path("seo.canonicalUrl"));
        } finally {
            putSite(site, before);
            drain();
        }
    }

    private void putSite(Response current, String baseUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", current.path("name"));
        body.put("baseUrl", baseUrl);
        body.put("defaultLanguage", current.path("defaultLanguage"));
        body.put("navigation", List.of());
        body.put("notices", List.of());
        editorial.admin().contentType("application/json").header("If-Match", "*").body(body)
                .put("/api/v1/editorial/site").then().statusCode(200);
    }

    /**
     * The article answered from its document (which must exist and hold), then, the document deleted, from its
     * tables: both answers are equal in body and caching headers, also by slug and as a 304.
     */
    private Response storedEqualsFresh(String id) {
        assertTrue(servable(UUID.fromString(id), clock.instant()),
                "the article is served from its stored document");
        // Identity and gzip codings: REST Assured asks for gzip unless told otherwise.
        Response stored = api().config(Api.NO_DECODERS).header("Accept-Encoding", "identity").get(PUBLIC, id).then().statusCode(200)
                .extract().response();
        String slug = stored.path("slug");
        Response storedBySlug = api().config(Api.NO_DECODERS).header("Accept-Encoding", "identity").get("/api/v1/articles/by-slug/{slug}", slug).then().statusCode(200).extract()
                .response();
        Response storedGzip = gzip().get(PUBLIC, id).then().statusCode(200).header("Content-Encoding", "gzip")
                .extract().response();
        // A revalidation is answered from the document's columns without its bodies; a changed one gets the bytes.
        Response storedNotModified = identity().header("If-None-Match", stored.header("ETag")).get(PUBLIC, id)
                .then().statusCode(304).extract().response();
        Response storedNotModifiedGzip = gzip().header("If-None-Match", storedGzip.header("ETag")).get(PUBLIC, id)
                .then().statusCode(304).extract().response();
        identity().header("If-Modified-Since", stored.header("Last-Modified")).get(PUBLIC, id).then().statusCode(304)
                .header("ETag", stored.header("ETag"));
        assertArrayEquals(stored.asByteArray(), identity().header("If-None-Match", "\"elsewhere\"").get(PUBLIC, id)
                .then().statusCode(200).header("ETag", stored.header("ETag")).extract().asByteArray());
        assertArrayEquals(storedGzip.asByteArray(), gzip().header("If-None-Match", "\"elsewhere\"")
                .get(PUBLIC, id).then().statusCode(200).header("Content-Encoding", "gzip").extract().asByteArray());
        String section = stored.path("section.slug");
        // One instant for both pages: Cache-Control counts whole seconds to the next boundary (a list's may be a
        // scheduled article of another test), which a real clock could cross between them.
        boolean following = !clock.isFixed();
        clock.set(clock.instant());
        Response storedList = sectionPage(section);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from article_document where article_id = :id").setParameter("id", UUID.fromString(id))
                .executeUpdate());
        assertFalse(servable(UUID.fromString(id), clock.instant()));
        listedEqualsFresh(storedList, sectionPage(section));
        if (following) {
            clock.reset();
        }
        Response fresh = api().config(Api.NO_DECODERS).header("Accept-Encoding", "identity").get(PUBLIC, id).then().statusCode(200)
                .extract().response();
        assertArrayEquals(fresh.asByteArray(), stored.asByteArray(), "stored bytes: " + stored.asString());
        assertArrayEquals(fresh.asByteArray(), storedBySlug.asByteArray());
        Response freshGzip = gzip().get(PUBLIC, id).then().statusCode(200).extract().response();
        assertArrayEquals(freshGzip.asByteArray(), storedGzip.asByteArray());
        assertEquals(freshGzip.header("ETag"), storedGzip.header("ETag"));
        assertEquals(stored.header("ETag").replaceAll("\"$", "-gz\""), storedGzip.header("ETag"));
        for (String header : HEADERS) {
            assertEquals(fresh.headers().getValues(header), stored.headers().getValues(header), header);
            assertEquals(fresh.headers().getValues(header), storedBySlug.headers().getValues(header),
                    header + " by slug");
        }
        Response freshNotModified = identity().header("If-None-Match", fresh.header("ETag")).get(PUBLIC, id)
                .then().statusCode(304).extract().response();
        Response freshNotModifiedGzip = gzip().header("If-None-Match", freshGzip.header("ETag")).get(PUBLIC, id)
                .then().statusCode(304).extract().response();
        for (String header : HEADERS) {
            assertEquals(freshNotModified.headers().getValues(header), storedNotModified.headers().getValues(header),
                    "304 " + header);
            assertEquals(freshNotModifiedGzip.headers().getValues(header),
                    storedNotModifiedGzip.headers().getValues(header), "gzip 304 " + header);
        }
        // Stored again, so the next write of the test finds it to replace.
        queueAndRender(UUID.fromString(id));
        return stored;
    }

    /** The section's first list page, as sent: its items from stored summaries where they hold. */
    private static Response sectionPage(String section) {
        return api().config(Api.NO_DECODERS).header("Accept-Encoding", "identity").queryParam("section", section)
                .get("/api/v1/articles").then().statusCode(200).extract().response();
    }

    /**
     * A list page showing an article from its stored summary equals the page rendering that item afresh, and both
     * are byte for byte what Jackson writes for the ArticlePage record they hold.
     */
    private void listedEqualsFresh(Response stored, Response fresh) {
        assertArrayEquals(fresh.asByteArray(), stored.asByteArray(), "stored summary page: " + stored.asString());
        for (String header : HEADERS) {
            assertEquals(fresh.headers().getValues(header), stored.headers().getValues(header), "list " + header);
        }
        try {
            // Read back with the offsets as written (Jackson would move them to UTC), then written as the API does.
            ArticlePage page = json.readerFor(ArticlePage.class)
                    .without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).readValue(stored.asByteArray());
            byte[] record = json.writeValueAsBytes(page);
            assertEquals(String.join(" ", dev.newsdesk.web.cache.CacheDependencies.of(page)),
                    stored.header("Surrogate-Key").replaceFirst(" articles-list( edition:\\S+)?$", ""));
            assertEquals(new String(record, java.nio.charset.StandardCharsets.UTF_8), stored.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The identity bytes as sent. */
    private static io.restassured.specification.RequestSpecification identity() {
        return api().config(Api.NO_DECODERS).header("Accept-Encoding", "identity");
    }

    /** The gzip bytes as sent (the contract filter reads JSON, so it is left out here). */
    private static io.restassured.specification.RequestSpecification gzip() {
        return io.restassured.RestAssured.given().config(Api.NO_DECODERS).header("Accept-Encoding", "gzip");
    }

    /** In a transaction of its own: a fresh read, not the test's own session. */
    private boolean servable(UUID id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> documents.visibleById(id, now).isPresent());
    }

    private boolean stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(ArticleDocument.class, UUID.fromString(id)))
                != null;
    }

    /** The transition job may queue the same article meanwhile (it does not wait for this): either row will do. */
    private void queue(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into article_document_backlog (article_id, requested_at) values (:id, :now) "
                                + "on conflict do nothing")
                .setParameter("id", id).setParameter("now", Instant.now()).executeUpdate());
    }

    private void queueAndRender(UUID id) {
        queue(id);
        inRequest(() -> renderer.render(List.of(id)));
    }

    private void drain() {
        inRequest(() -> {
            while (renderer.renderQueued(ArticleDocumentJob.BATCH) > 0) {
                // until the queue is empty
            }
            return null;
        });
    }

    /** The renderer reports content boundaries into a request-scoped bean, as it does on a request or the job. */
    private static <T> T inRequest(java.util.function.Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            return work.get();
        }
        context.activate();
        try {
            return work.get();
        } finally {
            context.terminate();
        }
    }

    private String published(Section section, String headline) {
        return published(editorial.draftBody(section, headline));
    }

    private String published(Map<String, Object> draft) {
        Response created = editorial.editor().contentType("application/json").body(draft)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));
        return id;
    }

    private void patch(String id, Map<String, Object> changes) {
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", editorial.etag(id))
                .body(new LinkedHashMap<>(changes)).patch(EDITORIAL, id).then().statusCode(200);
    }

    private void recredit(String mediaId, String credit) {
        Response current = editorial.publisher().get("/api/v1/editorial/media/{id}", mediaId);
        editorial.publisher().contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("type", "image", "url", current.path("url"), "credit", credit, "width", 1600,
                        "height", 900))
                .put("/api/v1/editorial/media/{id}", mediaId).then().statusCode(200);
    }
}
