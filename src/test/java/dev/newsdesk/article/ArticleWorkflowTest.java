package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static dev.newsdesk.testing.NewsroomTime.seoul;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every workflow step and what the delivery API shows after it, with the clock set to exact boundaries. */
@QuarkusTest
class ArticleWorkflowTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";
    private static final String PUBLIC = "/api/v1/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    @Test
    void draftPublishedEditedCorrectedUnpublishedRepublishedDeleted() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            Section section = fixtures.section("Workflow");
            Response created = editorial.createDraft(section, "Harbour reopens");
            String id = created.path("id");
            api().get(PUBLIC, id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            api().get(PUBLIC + "/revisions", id).then().statusCode(404);

            String etag = editorial.publishNow(id, created.header("ETag"));
            api().get(PUBLIC, id).then().statusCode(200)
                    .body("headline", equalTo("Harbour reopens"))
                    .body("firstPublishedAt", equalTo(seoul(start)))
                    .body("updatedAt", equalTo(seoul(start)))
                    .body("revision", equalTo(2));

            clock.advance(Duration.ofMinutes(10));
            etag = patch(id, etag, Map.of("headline", "Harbour reopens after storm"));
            api().get(PUBLIC, id).then().statusCode(200)
                    .body("headline", equalTo("Harbour reopens after storm"))
                    .body("updatedAt", equalTo(seoul(start.plus(Duration.ofMinutes(10)))))
                    .body("revision", equalTo(3));

            clock.advance(Duration.ofMinutes(10));
            etag = patch(id, etag, Map.of("headline", "Harbour re-opens after storm", "minor", true));
            api().get(PUBLIC, id).then().statusCode(200)
                    .body("headline", equalTo("Harbour re-opens after storm"))
                    .body("updatedAt", equalTo(seoul(start.plus(Duration.ofMinutes(10)))));

            clock.advance(Duration.ofMinutes(10));
            Instant correctedAt = clock.instant();
            etag = patch(id, etag, Map.of("standfirst", "Ships return after two days.", "correction", true,
                    "note", "An earlier version said the storm lasted a week."));
            api().get(PUBLIC, id).then().statusCode(200).body("updatedAt", equalTo(seoul(correctedAt)));
            api().get(PUBLIC + "/revisions", id).then().statusCode(200)
                    .body("data.number", contains(2, 3, 4, 5))
                    .body("data.kind", contains("published", "edited", "edited", "correction"))
                    .body("data.minor", contains(false, false, true, false))
                    .body("data[3].note", equalTo("An earlier version said the storm lasted a week."))
                    .body("data[3].publishedAt", equalTo(seoul(correctedAt)))
                    .body("data[0].note", nullValue());

            clock.advance(Duration.ofMinutes(10));
            etag = editorial.publisher().contentType("application/json").header("If-Match", etag)
                    .body("{\"note\":\"Legal review\"}").post(ARTICLE + "/unpublish", id)
                    .then().statusCode(200).body("status", equalTo("unpublished")).body("state", equalTo("unpublished"))
                    .extract().header("ETag");
            api().get(PUBLIC, id).then().statusCode(410).body("code", equalTo("ARTICLE_UNPUBLISHED"));
            api().get(PUBLIC + "/revisions", id).then().statusCode(410);
            api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().body("data", empty());

            clock.advance(Duration.ofMinutes(10));
            Instant republishedAt = clock.instant();
            etag = editorial.publishNow(id, etag);
            api().get(PUBLIC, id).then().statusCode(200)
                    .body("firstPublishedAt", equalTo(seoul(start)))
                    .body("publishedAt", equalTo(seoul(republishedAt)));

            editorial.publisher().header("If-Match", etag).delete(ARTICLE, id).then().statusCode(204);
            api().get(PUBLIC, id).then().statusCode(410).body("code", equalTo("ARTICLE_DELETED"));
            editorial.editor().get(ARTICLE, id).then().statusCode(200).body("status", equalTo("deleted"));
            editorial.editor().get(ARTICLE + "/revisions", id).then().statusCode(200)
                    .body("data.kind", contains("created", "published", "edited", "edited", "correction",
                            "unpublished", "published", "deleted"));
            String deletedTag = editorial.etag(id);
            editorial.publisher().contentType("application/merge-patch+json").header("If-Match", deletedTag)
                    .body("{\"headline\":\"Back\"}").patch(ARTICLE, id).then().statusCode(409);
        } finally {
            clock.reset();
        }
    }

    @Test
    void scheduledPublicationAndExpiryAreDecidedAtReadTimeToTheInstant() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant publishAt = now.plus(Duration.ofHours(1));
        Instant expiresAt = now.plus(Duration.ofHours(2));
        clock.set(now);
        try {
            Section section = fixtures.section("Scheduled");
            Response created = editorial.createDraft(section, "Ferry timetable changes");
            String id = created.path("id");
            editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(Map.of("publishAt", publishAt.toString(), "expiresAt", expiresAt.toString()))
                    .post(ARTICLE + "/publish", id)
                    .then().statusCode(200).body("status", equalTo("published")).body("state", equalTo("scheduled"));

            clock.set(publishAt.minusNanos(1000));
            api().get(PUBLIC, id).then().statusCode(404);
            api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().body("data", empty());

            clock.set(publishAt);
            api().get(PUBLIC, id).then().statusCode(200).body("publishedAt", equalTo(seoul(publishAt)));
            api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().body("data.id", contains(id));
            editorial.editor().get(ARTICLE, id).then().body("state", equalTo("live"));

            clock.set(expiresAt.minusNanos(1000));
            api().get(PUBLIC, id).then().statusCode(200);

            clock.set(expiresAt);
            api().get(PUBLIC, id).then().statusCode(410).body("code", equalTo("ARTICLE_EXPIRED"));
            api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().body("data", empty());
            editorial.editor().get(ARTICLE, id).then().body("state", equalTo("expired"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aScheduleCancelledBeforeItWentLiveStaysUnseen() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        try {
            Section section = fixtures.section("Cancelled");
            Response created = editorial.createDraft(section, "Embargoed report");
            String id = created.path("id");
            String etag = editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(Map.of("publishAt", now.plus(Duration.ofHours(1)).toString()))
                    .post(ARTICLE + "/publish", id).then().statusCode(200).extract().header("ETag");
            editorial.publisher().contentType("application/json").header("If-Match", etag)
                    .post(ARTICLE + "/unpublish", id).then().statusCode(200).body("firstPublishedAt", nullValue());
            clock.set(now.plus(Duration.ofHours(2)));
            api().get(PUBLIC, id).then().statusCode(404);
            api().get(PUBLIC + "/revisions", id).then().statusCode(404);
        } finally {
            clock.reset();
        }
    }

    @Test
    void workflowStepsThatDoNotApplyAreConflictsAndBadSchedulesAreRefused() {
        Section section = fixtures.section("Steps");
        Response created = editorial.createDraft(section, "Steps");
        String id = created.path("id");
        String etag = created.header("ETag");
        editorial.publisher().contentType("application/json").header("If-Match", etag).post(ARTICLE + "/unpublish", id)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        editorial.publisher().contentType("application/json").header("If-Match", etag)
                .body(Map.of("publishAt", "2001-01-01T00:00:00Z")).post(ARTICLE + "/publish", id)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/publishAt"));
        String later = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        editorial.publisher().contentType("application/json").header("If-Match", etag)
                .body(Map.of("publishAt", later, "expiresAt", later)).post(ARTICLE + "/publish", id)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/expiresAt"));
        etag = editorial.publishNow(id, etag);
        editorial.publisher().contentType("application/json").header("If-Match", etag).post(ARTICLE + "/publish", id)
                .then().statusCode(409);
        editorial.editor().get(ARTICLE, id).then().body("revision", equalTo(2)).header("ETag", equalTo(etag));
    }

    @Test
    void correctionsNeedANoteAndAreNeverMinorAndOnlyForPublishedArticles() {
        Section section = fixtures.section("Corrections");
        Response created = editorial.createDraft(section, "Correct me");
        String id = created.path("id");
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body(Map.of("correction", true, "note", "Fixed")).patch(ARTICLE, id)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/correction"));
        String etag = editorial.publishNow(id, created.header("ETag"));
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("headline", "Corrected", "correction", true)).patch(ARTICLE, id)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/note"));
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("correction", true, "minor", true, "note", "n")).patch(ARTICLE, id)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/minor"));
        api().get(PUBLIC, id).then().statusCode(200).body("headline", equalTo("Correct me"));
        assertEquals(etag, editorial.etag(id), "refused corrections change nothing");
    }

    private String patch(String id, String etag, Map<String, Object> changes) {
        return editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(changes).patch(ARTICLE, id).then().statusCode(200).extract().header("ETag");
    }
}
