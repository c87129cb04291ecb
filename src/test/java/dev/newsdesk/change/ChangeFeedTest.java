package dev.newsdesk.change;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.ScheduledTransitions;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/changes: initial sync, deltas, filters that still hear of leavers, time-based changes, bad tokens. */
@QuarkusTest
class ChangeFeedTest {

    private static final String FEED = "/api/v1/changes";
    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;
    @Inject
    ScheduledTransitions transitions;
    @Inject
    ChangeRetention retention;

    /** Pages until hasMore is false: every item, and the token to poll with later. */
    record Drained(List<Map<String, Object>> items, String token) {
    }

    static Drained drain(String token, Map<String, String> filters) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = token;
        boolean more = true;
        while (more) {
            RequestSpecification request = api().queryParams(filters).queryParam("limit", 7);
            if (next != null) {
                request.queryParam("token", next);
            }
            JsonPath page = request.get(FEED).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            next = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return new Drained(items, next);
    }

    static List<String> describe(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id")))
                .map(i -> i.get("op") + " " + i.get("reason")).toList();
    }

    @Test
    void aFilteredSyncHearsOfAnArticleMovedAwayAndOfADeletion() {
        Section home = fixtures.section("Harbour desk");
        Section elsewhere = fixtures.section("Inland desk");
        String moved = published(home, "Crane arrives");
        String deleted = published(home, "Crane leaves");
        String other = published(elsewhere, "Road closes");
        Map<String, String> filter = Map.of("section", home.getSlug());

        Drained sync = drain(null, filter);
        assertEquals(List.of("upsert snapshot"), describe(sync.items(), moved));
        assertEquals(List.of("upsert snapshot"), describe(sync.items(), deleted));
        assertEquals(List.of(), describe(sync.items(), other));
        assertEquals(List.of("upsert snapshot"), describe(sync.items(), home.getId().toString()));

        patch(moved, Map.of("sectionId", elsewhere.getId().toString()));
        editorial.publisher().header("If-Match", editorial.etag(deleted)).delete(ARTICLE, deleted)
                .then().statusCode(204);
        patch(other, Map.of("headline", "Road reopens"));

        Drained delta = drain(sync.token(), filter);
        assertEquals(List.of("tombstone out_of_scope"), describe(delta.items(), moved));
        assertEquals(List.of("tombstone deleted"), describe(delta.items(), deleted));
        assertEquals(List.of(), describe(delta.items(), other));
        Map<String, Object> leaver = delta.items().stream().filter(i -> moved.equals(i.get("id"))).findFirst()
                .orElseThrow();
        assertEquals(Map.of("sectionId", home.getId().toString(), "sectionSlug", home.getSlug(), "language", "en",
                "tagIds", List.of()), leaver.get("attributes"));
        assertEquals(List.of("article:" + moved, "section:" + elsewhere.getId(), "section:" + home.getId()),
                leaver.get("surrogateKeys"));
    }

    @Test
    void scheduledPublicationAndExpiryReachTheFeedWhenTheirTimeComes() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            Section section = fixtures.section("Schedule desk");
            Response created = editorial.createDraft(section, "Tide tables");
            String id = created.path("id");
            Instant publishAt = start.plus(Duration.ofHours(1));
            Instant expiresAt = start.plus(Duration.ofHours(2));
            editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(Map.of("publishAt", OffsetDateTime.ofInstant(publishAt, ZoneOffset.UTC).toString(),
                            "expiresAt", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC).toString()))
                    .post(ARTICLE + "/publish", id).then().statusCode(200);
            Map<String, String> filter = Map.of("type", "article");
            String token = drain(null, filter).token();
            transitions.recordDue();
            assertEquals(List.of(), describe(drain(token, filter).items(), id));

            clock.set(publishAt.minusMillis(1));
            transitions.recordDue();
            assertEquals(List.of(), describe(drain(token, filter).items(), id));

            clock.set(publishAt);
            transitions.recordDue();
            transitions.recordDue(); // again, as another instance would: recorded once
            Drained published = drain(token, filter);
            assertEquals(List.of("upsert scheduled_publication"), describe(published.items(), id));
            Map<String, Object> item = published.items().stream().filter(i -> id.equals(i.get("id"))).findFirst()
                    .orElseThrow();
            assertEquals(publishAt, OffsetDateTime.parse((String) item.get("occurredAt")).toInstant());

            clock.set(expiresAt.plusSeconds(3));
            transitions.recordDue();
            Drained expired = drain(published.token(), filter);
            assertEquals(List.of("tombstone expired"), describe(expired.items(), id));
            assertEquals(expiresAt, OffsetDateTime.parse((String) expired.items().stream()
                    .filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow().get("occurredAt")).toInstant());
        } finally {
            clock.reset();
        }
    }

    /**
     * Usage rights are decided at read time, so a rights window that starts or ends changes what readers see with
     * no write: the job records the asset and each article showing it, at the boundary, once however often it runs.
     */
    @Test
    void mediaRightsStartingAndEndingReachTheFeedForTheAssetAndItsArticles() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant laterFrom = start.plus(Duration.ofMinutes(30));
        Instant leadUntil = start.plus(Duration.ofHours(1));
        clock.set(start);
        try {
            String lead = photo(start.minus(Duration.ofDays(1)), leadUntil);
            String later = photo(laterFrom, null);
            Map<String, Object> draft = editorial.draftBody(fixtures.section("Rights desk"), "Harbour at dusk");
            draft.put("leadMediaId", lead);
            draft.put("body", List.of(Map.of("type", "paragraph", "html", "Before the photo."),
                    Map.of("type", "image", "mediaId", later)));
            String id = published(draft);
            Map<String, String> all = Map.of();
            String token = drain(null, all).token();
            transitions.recordDue();
            assertEquals(List.of(), summary(drain(token, all).items(), id, lead, later));

            clock.set(laterFrom);
            transitions.recordDue();
            transitions.recordDue(); // again, as another instance would: recorded once
            Drained started = drain(token, all);
            // One transaction records both, in (type, id) order.
            assertEquals(List.of("article " + id + " upsert reference_changed [mediaRights] " + laterFrom,
                    "media " + later + " upsert scheduled_publication [rightsStatus] " + laterFrom),
                    summary(started.items(), id, later));
            assertEquals(List.of(List.of("article:" + id), List.of("media:" + later)), started.items().stream()
                    .filter(i -> List.of(id, later).contains(i.get("id"))).map(i -> i.get("surrogateKeys")).toList());

            clock.set(leadUntil.plusSeconds(2));
            transitions.recordDue();
            transitions.recordDue();
            assertEquals(List.of("article " + id + " upsert reference_changed [mediaRights] " + leadUntil,
                    "media " + lead + " upsert scheduled_publication [rightsStatus] " + leadUntil),
                    summary(drain(started.token(), all).items(), id, lead, later));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aSocialImageOrAPosterChangingReachesTheFeedForTheArticlesShowingIt() {
        String social = photo(Instant.now().minus(Duration.ofDays(1)), null);
        String poster = photo(Instant.now().minus(Duration.ofDays(1)), null);
        String video = editorial.editor().contentType("application/json").body(Map.of("type", "video",
                        "url", "https://media.example.com/test/" + Fixtures.unique("walk") + ".mp4",
                        "posterId", poster))
                .post("/api/v1/editorial/media").then().statusCode(201).extract().path("id");
        Map<String, Object> draft = editorial.draftBody(fixtures.section("Shown media desk"), "A walk at dusk");
        draft.put("seo", Map.of("socialImageId", social));
        draft.put("body", List.of(Map.of("type", "paragraph", "html", "The trail."),
                Map.of("type", "media", "mediaId", video)));
        String id = published(draft);
        Map<String, String> all = Map.of();
        String token = drain(null, all).token();

        recredit(social, "Social Agency");
        Drained afterSocial = drain(token, all);
        assertEquals(List.of("article " + id + " upsert reference_changed", "media " + social + " upsert edited"),
                kinds(afterSocial.items(), id, social));
        recredit(poster, "Poster Agency");
        assertEquals(List.of("article " + id + " upsert reference_changed", "media " + poster + " upsert edited"),
                kinds(drain(afterSocial.token(), all).items(), id, poster));
    }

    /** Creates the draft and publishes it now; answers its id. */
    private String published(Map<String, Object> draft) {
        Response created = editorial.editor().contentType("application/json").body(draft)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));
        return id;
    }

    private void recredit(String mediaId, String credit) {
        Response current = editorial.publisher().get("/api/v1/editorial/media/{id}", mediaId);
        editorial.publisher().contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("type", "image", "url", current.path("url"), "credit", credit))
                .put("/api/v1/editorial/media/{id}", mediaId).then().statusCode(200);
    }

    private static List<String> kinds(List<Map<String, Object>> items, String... ids) {
        return items.stream().filter(i -> List.of(ids).contains(i.get("id")))
                .map(i -> i.get("type") + " " + i.get("id") + " " + i.get("op") + " " + i.get("reason")).toList();
    }

    /** The items about these ids (other tests' scheduled articles may come due as the clock jumps). */
    private static List<String> summary(List<Map<String, Object>> items, String... ids) {
        return items.stream().filter(i -> List.of(ids).contains(i.get("id")))
                .map(i -> i.get("type") + " " + i.get("id") + " " + i.get("op") + " " + i.get("reason") + " "
                        + i.get("changed") + " " + OffsetDateTime.parse((String) i.get("occurredAt")).toInstant())
                .toList();
    }

    private String photo(Instant validFrom, Instant validUntil) {
        Map<String, Object> rights = new java.util.LinkedHashMap<>();
        rights.put("validFrom", validFrom.toString());
        rights.put("validUntil", validUntil == null ? null : validUntil.toString());
        return editorial.editor().contentType("application/json").body(Map.of("type", "image",
                        "url", "https://media.example.com/test/" + Fixtures.unique("rights") + ".jpg", "width", 1600,
                        "height", 900, "rights", rights))
                .post("/api/v1/editorial/media").then().statusCode(201).extract().path("id");
    }

    @Test
    void aChangedTokenIs400AndOneOlderThanRetentionIs410() {
        String token = drain(null, Map.of("type", "site")).token();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        api().queryParam("token", tampered).queryParam("type", "site").get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_CURSOR"))
                .body("errors[0].parameter", equalTo("token"));
        api().queryParam("token", "not-a-token").get(FEED).then().statusCode(400)
                .body("errors[0].parameter", equalTo("token"));
        // A token continues the feed it was issued for.
        api().queryParam("token", token).queryParam("type", "article").get(FEED).then().statusCode(400)
                .body("errors[0].parameter", equalTo("token"));

        published(fixtures.section("Retention desk"), "Old news");
        clock.set(Instant.now().plus(Duration.ofDays(31)));
        try {
            retention.purge();
        } finally {
            clock.reset();
        }
        api().queryParam("token", token).queryParam("type", "site").get(FEED).then().statusCode(410)
                .contentType("application/problem+json").body("code", equalTo("GONE"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void aPageBeforeTheHeadIsImmutableAndThePageAtTheHeadIsNot() {
        String token = drain(null, Map.of("type", "article")).token();
        Section section = fixtures.section("Caching desk");
        published(section, "One");
        published(section, "Two");
        api().queryParam("token", token).queryParam("type", "article").queryParam("limit", 1).get(FEED)
                .then().statusCode(200).header("Cache-Control", equalTo("public, max-age=86400, immutable"))
                .body("hasMore", equalTo(true));
        api().queryParam("token", token).queryParam("type", "article").queryParam("limit", 1000).get(FEED)
                .then().statusCode(200).header("Cache-Control", equalTo("public, no-cache"))
                .body("hasMore", equalTo(false));
    }

    String published(Section section, String headline) {
        Response created = editorial.createDraft(section, headline);
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));
        return id;
    }

    void patch(String id, Map<String, Object> changes) {
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", editorial.etag(id))
                .body(changes).patch(ARTICLE, id).then().statusCode(200);
    }
}
