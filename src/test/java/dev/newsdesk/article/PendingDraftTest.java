package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static dev.newsdesk.testing.NewsroomTime.seoul;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pending drafts of published articles: restoring or saving with draft true changes nothing readers see until a
 * publisher publishes the draft; live edits wait until it is published or discarded.
 */
@QuarkusTest
class PendingDraftTest {

    @Test
    void referenceDataAPendingDraftUsesCannotBeDeletedUntilTheDraftIsGone() {
        Section section = fixtures.section("Draft references");
        dev.newsdesk.tag.Tag tag = fixtures.tag("Draft only", dev.newsdesk.tag.TagType.TOPIC);
        dev.newsdesk.author.Author author = fixtures.author("Draft Writer");
        dev.newsdesk.media.MediaAsset photo = fixtures.photo("Photo : Draft Agency");
        Response created = editorial.createDraft(section, "Reference check");
        String id = created.path("id");
        String etag = editorial.publishNow(id, created.header("ETag"));
        etag = editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("draft", true, "tagIds", java.util.List.of(tag.getId().toString()),
                        "authorIds", java.util.List.of(author.getId().toString()),
                        "leadMediaId", photo.getId().toString()))
                .patch(ARTICLE, id).then().statusCode(200).extract().header("ETag");

        // Only the pending draft uses them: deleting any of them would lose what the draft says.
        for (String[] ref : new String[][] {{"tags", tag.getId().toString()}, {"authors", author.getId().toString()},
                {"media", photo.getId().toString()}}) {
            editorial.admin().header("If-Match", editorial.etagOf(ref[0], ref[1]))
                    .delete("/api/v1/editorial/" + ref[0] + "/{id}", ref[1])
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("code", equalTo("CONFLICT")).body("detail", containsString("pending draft"));
        }

        editorial.editor().header("If-Match", etag).delete(ARTICLE + "/draft", id).then().statusCode(200);
        editorial.admin().header("If-Match", editorial.etagOf("tags", tag.getId()))
                .delete("/api/v1/editorial/tags/{id}", tag.getId()).then().statusCode(204);
    }

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";
    private static final String PUBLIC = "/api/v1/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    @Test
    void restoringAPublishedArticleMakesAPendingDraftThatGoesLiveOnlyWhenPublished() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            Section section = fixtures.section("Restore review");
            Response created = editorial.createDraft(section, "Version one");
            String id = created.path("id");
            String etag = editorial.publishNow(id, created.header("ETag"));
            clock.advance(Duration.ofMinutes(5));
            Instant editedAt = clock.instant();
            etag = editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("headline", "Version two")).patch(ARTICLE, id)
                    .then().statusCode(200).extract().header("ETag");

            clock.advance(Duration.ofMinutes(5));
            Instant restoredAt = clock.instant();
            Response restored = editorial.editor().header("If-Match", etag)
                    .post(ARTICLE + "/revisions/{n}/restore", id, 1)
                    .then().statusCode(200)
                    .body("headline", equalTo("Version two"))
                    .body("revision", equalTo(3))
                    .body("updatedAt", equalTo(seoul(editedAt)))
                    .body("pendingDraft.revision", equalTo(4))
                    .body("pendingDraft.savedAt", equalTo(seoul(restoredAt)))
                    .body("pendingDraft.savedBy", equalTo("test-editor"))
                    .body("pendingDraft.note", equalTo("Restored revision 1"))
                    .body("pendingDraft.content.headline", equalTo("Version one"))
                    .body("pendingDraft.content.sectionId", equalTo(section.getId().toString()))
                    .extract().response();
            etag = restored.header("ETag");
            editorial.editor().get(ARTICLE, id).then().statusCode(200).header("ETag", equalTo(etag))
                    .body("pendingDraft.content.body[0].html", equalTo("First paragraph of Version one"));

            // Readers: nothing changed.
            api().get(PUBLIC, id).then().statusCode(200)
                    .body("headline", equalTo("Version two")).body("revision", equalTo(3))
                    .body("updatedAt", equalTo(seoul(editedAt)));
            api().get(PUBLIC + "/revisions", id).then().statusCode(200).body("data.number", contains(2, 3));
            editorial.editor().get(ARTICLE + "/revisions", id).then().statusCode(200)
                    .body("data.number", contains(1, 2, 3, 4))
                    .body("data.draft", contains(false, false, false, true))
                    .body("data[3].visibleFrom", nullValue());
            editorial.editor().get(ARTICLE + "/revisions/{n}", id, 4).then().statusCode(200)
                    .body("revision.draft", equalTo(true)).body("content.headline", equalTo("Version one"));

            // The preview shows the draft, with a key and with a token.
            editorial.editor().get(ARTICLE + "/preview", id).then().statusCode(200)
                    .body("headline", equalTo("Version one")).body("id", equalTo(id));
            String token = editorial.editor().post(ARTICLE + "/preview-tokens", id).then().statusCode(201)
                    .extract().path("token");
            api().queryParam("token", token).get(ARTICLE + "/preview", id).then().statusCode(200)
                    .body("headline", equalTo("Version one"));

            // A live edit would overwrite (or be overwritten by) the draft: refused, and nothing changes.
            editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("headline", "Version three")).patch(ARTICLE, id)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("code", equalTo("PENDING_DRAFT"))
                    .body("detail", containsString("revision 4"));
            assertEquals(etag, editorial.etag(id));
            api().get(PUBLIC, id).then().body("headline", equalTo("Version two"));

            // Only a publisher publishes it, and only now.
            editorial.editor().contentType("application/json").header("If-Match", etag).body("{}")
                    .post(ARTICLE + "/publish", id).then().statusCode(403);
            editorial.publisher().contentType("application/json").header("If-Match", etag)
                    .body(Map.of("publishAt", start.plus(Duration.ofDays(1)).toString()))
                    .post(ARTICLE + "/publish", id)
                    .then().statusCode(422).body("errors[0].pointer", equalTo("/publishAt"));
            assertEquals(etag, editorial.etag(id));

            clock.advance(Duration.ofMinutes(5));
            Instant publishedAt = clock.instant();
            etag = editorial.publishNow(id, etag);
            editorial.editor().get(ARTICLE, id).then().statusCode(200)
                    .body("headline", equalTo("Version one"))
                    .body("revision", equalTo(5))
                    .body("updatedAt", equalTo(seoul(publishedAt)))
                    .body("publishedAt", equalTo(seoul(start)))
                    .body("pendingDraft", nullValue());
            api().get(PUBLIC, id).then().statusCode(200)
                    .body("headline", equalTo("Version one")).body("revision", equalTo(5))
                    .body("updatedAt", equalTo(seoul(publishedAt)));
            api().get(PUBLIC + "/revisions", id).then().statusCode(200)
                    .body("data.number", contains(2, 3, 5))
                    .body("data.kind", contains("published", "edited", "published"))
                    .body("data[2].publishedAt", equalTo(seoul(publishedAt)));
            editorial.editor().get(ARTICLE + "/revisions/{n}", id, 5).then()
                    .body("revision.note", equalTo("Published draft revision 4"))
                    .body("revision.draft", equalTo(false));
            // Without a pending draft, publishing a published article is a conflict again.
            editorial.publisher().contentType("application/json").header("If-Match", etag).body("{}")
                    .post(ARTICLE + "/publish", id).then().statusCode(409).body("code", equalTo("CONFLICT"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anEditorSavesDraftsOfAPublishedArticleAndPatchesContinueTheDraft() {
        Section section = fixtures.section("Draft saves");
        Response created = editorial.createDraft(section, "Live headline");
        String id = created.path("id");
        String etag = editorial.publishNow(id, created.header("ETag"));
        String liveUpdatedAt = api().get(PUBLIC, id).then().extract().path("updatedAt");

        etag = draftPatch(id, etag, Map.of("headline", "Draft headline", "draft", true, "note", "Rework"))
                .then().statusCode(200)
                .body("headline", equalTo("Live headline"))
                .body("pendingDraft.content.headline", equalTo("Draft headline"))
                .body("pendingDraft.note", equalTo("Rework"))
                .extract().header("ETag");
        etag = draftPatch(id, etag, Map.of("standfirst", "A new standfirst", "draft", true))
                .then().statusCode(200)
                .body("pendingDraft.content.headline", equalTo("Draft headline"))
                .body("pendingDraft.content.standfirst", equalTo("A new standfirst"))
                .body("standfirst", equalTo("Standfirst of Live headline"))
                .extract().header("ETag");

        Map<String, Object> put = editorial.draftBody(section, "Put <b>draft</b>");
        put.put("slug", api().get(PUBLIC, id).then().extract().path("slug"));
        put.put("draft", true);
        etag = editorial.editor().contentType("application/json").header("If-Match", etag).body(put).put(ARTICLE, id)
                .then().statusCode(200)
                .body("pendingDraft.content.headline", equalTo("Put draft"))
                .body("pendingDraft.revision", equalTo(5))
                .extract().header("ETag");
        api().get(PUBLIC, id).then().body("headline", equalTo("Live headline")).body("updatedAt", equalTo(liveUpdatedAt));

        // An editor may not change live content; a correction is never a draft; a draft is never minor.
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("headline", "Live change")).patch(ARTICLE, id).then().statusCode(403);
        draftPatch(id, etag, Map.of("draft", true, "correction", true, "note", "Fix"))
                .then().statusCode(422).body("errors[0].pointer", equalTo("/draft"));
        draftPatch(id, etag, Map.of("draft", true, "minor", true))
                .then().statusCode(422).body("errors[0].pointer", equalTo("/minor"));
        draftPatch(id, etag, Map.of("draft", true, "sectionId", "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10"))
                .then().statusCode(422).body("errors[0].pointer", equalTo("/sectionId"));
        assertEquals(etag, editorial.etag(id), "refused drafts change nothing");

        // Discarding needs the current version.
        editorial.editor().delete(ARTICLE + "/draft", id).then().statusCode(428)
                .body("code", equalTo("PRECONDITION_REQUIRED"));
        editorial.editor().header("If-Match", "\"v0\"").delete(ARTICLE + "/draft", id).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        String discarded = editorial.editor().header("If-Match", etag).delete(ARTICLE + "/draft", id)
                .then().statusCode(200)
                .body("pendingDraft", nullValue())
                .body("headline", equalTo("Live headline"))
                .extract().header("ETag");
        assertNotEquals(etag, discarded);
        editorial.editor().get(ARTICLE + "/revisions", id).then()
                .body("data.number", contains(1, 2, 3, 4, 5, 6))
                .body("data.draft", contains(false, false, true, true, true, false))
                .body("data[5].note", equalTo("Discarded draft revision 5"))
                .body("data[5].visibleFrom", nullValue());
        editorial.editor().header("If-Match", discarded).delete(ARTICLE + "/draft", id).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        api().get(PUBLIC + "/revisions", id).then().body("data.number", contains(2));

        // With the draft gone, live edits work again.
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", discarded)
                .body(Map.of("headline", "Live change")).patch(ARTICLE, id).then().statusCode(200)
                .body("pendingDraft", nullValue());
        api().get(PUBLIC, id).then().body("headline", equalTo("Live change"));
    }

    @Test
    void unpublishingKeepsThePendingDraftAndRepublishingAppliesIt() {
        Section section = fixtures.section("Kept draft");
        Response created = editorial.createDraft(section, "Before");
        String id = created.path("id");
        String etag = editorial.publishNow(id, created.header("ETag"));
        etag = draftPatch(id, etag, Map.of("headline", "Reworked", "draft", true)).then().statusCode(200)
                .extract().header("ETag");
        etag = editorial.publisher().contentType("application/json").header("If-Match", etag).body("{}")
                .post(ARTICLE + "/unpublish", id).then().statusCode(200)
                .body("status", equalTo("unpublished"))
                .body("pendingDraft.content.headline", equalTo("Reworked"))
                .extract().header("ETag");
        // Still one working copy: direct edits wait, draft saves continue the draft.
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("headline", "Direct")).patch(ARTICLE, id)
                .then().statusCode(409).body("code", equalTo("PENDING_DRAFT"));
        etag = draftPatch(id, etag, Map.of("standfirst", "Reworked standfirst", "draft", true)).then().statusCode(200)
                .body("pendingDraft.content.headline", equalTo("Reworked"))
                .extract().header("ETag");

        editorial.publishNow(id, etag);
        api().get(PUBLIC, id).then().statusCode(200)
                .body("headline", equalTo("Reworked")).body("standfirst", equalTo("Reworked standfirst"));
        editorial.editor().get(ARTICLE, id).then().body("pendingDraft", nullValue()).body("status", equalTo("published"));
        editorial.editor().get(ARTICLE + "/revisions", id).then()
                .body("data.kind", contains("created", "published", "edited", "unpublished", "edited", "published"))
                .body("data[5].note", equalTo("Published draft revision 5"));
    }

    @Test
    void deletingClearsThePendingDraftAndDraftSavesOfUnpublishedContentApplyDirectly() {
        Section section = fixtures.section("Draft rules");
        Response created = editorial.createDraft(section, "Never live");
        String id = created.path("id");
        // Not live anyway: saved straight into the article.
        String etag = draftPatch(id, created.header("ETag"), Map.of("headline", "Still never live", "draft", true))
                .then().statusCode(200)
                .body("headline", equalTo("Still never live"))
                .body("pendingDraft", nullValue())
                .extract().header("ETag");
        editorial.editor().header("If-Match", etag).delete(ARTICLE + "/draft", id).then().statusCode(404);

        etag = editorial.publishNow(id, etag);
        etag = editorial.editor().header("If-Match", etag).post(ARTICLE + "/revisions/{n}/restore", id, 1)
                .then().statusCode(200).body("pendingDraft.content.headline", equalTo("Never live"))
                .extract().header("ETag");
        editorial.publisher().header("If-Match", etag).delete(ARTICLE, id).then().statusCode(204);
        editorial.editor().get(ARTICLE, id).then().body("status", equalTo("deleted")).body("pendingDraft", nullValue());
    }

    @Test
    void aScheduledArticlesDraftGoesLiveWithTheSchedule() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant publishAt = now.plus(Duration.ofHours(1));
        clock.set(now);
        try {
            Section section = fixtures.section("Scheduled draft");
            Response created = editorial.createDraft(section, "Embargoed");
            String id = created.path("id");
            String etag = editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(Map.of("publishAt", publishAt.toString())).post(ARTICLE + "/publish", id)
                    .then().statusCode(200).extract().header("ETag");
            etag = draftPatch(id, etag, Map.of("headline", "Embargoed, revised", "draft", true)).then().statusCode(200)
                    .extract().header("ETag");
            editorial.publisher().contentType("application/json").header("If-Match", etag)
                    .body(Map.of("expiresAt", publishAt.plus(Duration.ofDays(1)).toString()))
                    .post(ARTICLE + "/publish", id)
                    .then().statusCode(422).body("errors[0].pointer", equalTo("/expiresAt"));
            editorial.publishNow(id, etag);
            editorial.editor().get(ARTICLE, id).then()
                    .body("state", equalTo("scheduled"))
                    .body("headline", equalTo("Embargoed, revised"))
                    .body("updatedAt", equalTo(seoul(publishAt)));
            api().get(PUBLIC, id).then().statusCode(404);
            clock.set(publishAt);
            api().get(PUBLIC, id).then().statusCode(200).body("headline", equalTo("Embargoed, revised"));
            api().get(PUBLIC + "/revisions", id).then().body("data.number", contains(2, 4))
                    .body("data.publishedAt", contains(seoul(publishAt), seoul(publishAt)));
        } finally {
            clock.reset();
        }
    }

    private Response draftPatch(String id, String etag, Map<String, Object> changes) {
        return editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(changes).patch(ARTICLE, id);
    }
}
