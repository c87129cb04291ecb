package dev.newsdesk.article.revision;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revisions: full snapshots for editors, restoring as a new revision, and only what readers saw for readers. */
@QuarkusTest
class RevisionResourceTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void editorsSeeEverySnapshotAndRestoreOneAsANewRevision() {
        Section section = fixtures.section("Revisions");
        Response created = editorial.createDraft(section, "First draft");
        String id = created.path("id");
        String etag = editorial.editor().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body(Map.of("headline", "Second draft", "note", "Sharper")).patch(ARTICLE, id)
                .then().statusCode(200).extract().header("ETag");

        editorial.editor().get(ARTICLE + "/revisions", id).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("data.number", contains(1, 2))
                .body("data.kind", contains("created", "edited"))
                .body("data.keyName", contains("test-editor", "test-editor"))
                .body("data.note", contains(null, "Sharper"))
                .body("data.visibleFrom", contains(null, null));
        editorial.editor().get(ARTICLE + "/revisions/{n}", id, 1).then().statusCode(200)
                .body("revision.kind", equalTo("created"))
                .body("content.headline", equalTo("First draft"))
                .body("content.sectionId", equalTo(section.getId().toString()))
                .body("content.body[0].html", equalTo("First paragraph of First draft"));
        editorial.editor().get(ARTICLE + "/revisions/{n}", id, 9).then().statusCode(404);
        editorial.editor().get(ARTICLE + "/revisions/{n}", id, "zero").then().statusCode(400)
                .body("errors[0].parameter", equalTo("number"));

        editorial.editor().header("If-Match", etag).post(ARTICLE + "/revisions/{n}/restore", id, 1)
                .then().statusCode(200).body("headline", equalTo("First draft")).body("status", equalTo("draft"));
        editorial.editor().get(ARTICLE + "/revisions", id).then()
                .body("data.number", contains(1, 2, 3))
                .body("data[2].note", equalTo("Restored revision 1"));
        editorial.editor().get(ARTICLE + "/revisions/{n}", id, 2).then().body("content.headline", equalTo("Second draft"));
    }

    @Test
    void readersSeeOnlyRevisionsTheySawWithCorrectionNotes() {
        Section section = fixtures.section("Public history");
        Response created = editorial.createDraft(section, "Draft one");
        String id = created.path("id");
        String etag = editorial.editor().contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body(Map.of("headline", "Draft two", "note", "internal remark")).patch(ARTICLE, id)
                .then().statusCode(200).extract().header("ETag");
        etag = editorial.publishNow(id, etag);
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("headline", "Published and fixed", "note", "copy edit")).patch(ARTICLE, id)
                .then().statusCode(200);

        api().get("/api/v1/articles/{id}/revisions", id).then().statusCode(200)
                .body("data.number", contains(3, 4))
                .body("data.kind", contains("published", "edited"))
                .body("data[1].note", nullValue());
        api().get("/api/v1/articles/{id}", id).then().body("revision", equalTo(4));
        api().get("/api/v1/articles/{id}/revisions", UUID.randomUUID()).then().statusCode(404);
        api().get("/api/v1/articles/{id}/revisions", "nope").then().statusCode(400);
    }
}
