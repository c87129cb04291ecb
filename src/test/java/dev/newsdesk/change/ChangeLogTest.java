package dev.newsdesk.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.ScheduledTransitions;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.LogCapture;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the change log records for each editorial write, read through the Java API other features use. */
@QuarkusTest
class ChangeLogTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    ChangeLog log;
    @Inject
    ScheduledTransitions transitions;

    /**
     * The recorder runs at the end of each writing transaction on the session's connection: it must hand it back
     * before commit, as the session does, or Agroal warns "Closing open connection(s) prior to commit" (it did on
     * every write while the recorder was a JTA synchronization of its own, which ran after the session's).
     */
    @Test
    void recordingLeavesNoConnectionOpenAtCommit() {
        try (LogCapture pool = LogCapture.of("io.agroal.pool")) {
            Section section = fixtures.section("Connections");
            long start = log.head();
            Response created = editorial.createDraft(section, "Open connections");
            String id = created.path("id");
            String etag = editorial.publishNow(id, created.header("ETag"));
            patch(id, etag, Map.of("standfirst", "Handed back before commit."));
            transitions.recordDue();
            assertEquals(List.of("upsert published", "upsert edited"), log.after(start, 1000).stream()
                    .filter(c -> c.itemId().equals(id)).map(c -> c.kind().wireName() + " " + c.reason()).toList());
            assertEquals(List.of(), pool.lines().stream().filter(line -> line.contains("prior to commit")).toList());
        }
    }

    @Test
    void everyChangeReadersSeeIsRecordedOnceInOrderAndDraftWorkIsNot() {
        Section section = fixtures.section("Change log");
        long start = log.head();
        Response created = editorial.createDraft(section, "Quay closes");
        String id = created.path("id");
        String etag = patch(id, created.header("ETag"), Map.of("headline", "Quay closes for repairs"));
        etag = editorial.publishNow(id, etag);
        etag = patch(id, etag, Map.of("standfirst", "Two weeks of work."));
        // A lost race (412) rolls back: nothing recorded.
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("headline", "Never seen")).patch(ARTICLE, id).then().statusCode(412);
        etag = patch(id, etag, Map.of("standfirst", "Three weeks of work.", "correction", true,
                "note", "The works last three weeks"));
        etag = editorial.publisher().contentType("application/json").header("If-Match", etag).body("{}")
                .post(ARTICLE + "/unpublish", id).then().statusCode(200).extract().header("ETag");
        editorial.publisher().header("If-Match", etag).delete(ARTICLE, id).then().statusCode(204);

        List<ChangeRecord> mine = log.after(start, 1000).stream().filter(c -> c.itemId().equals(id)).toList();
        assertEquals(List.of("upsert published", "upsert edited", "upsert corrected", "tombstone unpublished"),
                mine.stream().map(c -> c.kind().wireName() + " " + c.reason()).toList());
        ChangeRecord published = mine.get(0);
        assertEquals("article", published.itemType());
        assertEquals(List.of("article:" + id, "section:" + section.getId()), published.surrogateKeys());
        assertEquals(new ItemAttributes(section.getId(), section.getSlug(), "en", List.of()), published.after());
        assertEquals(null, published.before());
        assertEquals(List.of("standfirst"), mine.get(1).changed());
        assertEquals(List.of("article:" + id), mine.get(1).surrogateKeys());
        assertEquals(published.after(), mine.get(3).before());
        assertEquals(null, mine.get(3).after());
        assertEquals(List.of(), mine.get(3).changed());
        // The deletion of an article readers no longer see changes nothing they can observe.
        List<Long> seqs = log.after(start, 1000).stream().map(ChangeRecord::seq).toList();
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(start + i + 1, seqs.get(i), "seq without gaps after " + start + ": " + seqs);
        }
        assertEquals(log.head(), seqs.get(seqs.size() - 1));
    }

    @Test
    void aSectionEditIsRecordedWithTheVisibleArticlesThatShowIt() {
        Section section = fixtures.section("Renamed");
        Response created = editorial.createDraft(section, "Ferry timetable");
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));
        rename(section, "Renamed once");
        long start = log.head();
        rename(section, "Renamed twice");

        List<String> recorded = log.after(start, 100).stream()
                .map(c -> c.itemType() + " " + c.itemId() + " " + c.reason() + " " + c.changed()).toList();
        assertEquals(List.of("article " + id + " reference_changed []",
                "section " + section.getId() + " edited [name]"), recorded);
    }

    private void rename(Section section, String name) {
        String etag = editorial.etagOf("sections", section.getId());
        editorial.admin().contentType("application/json").header("If-Match", etag)
                .body(Map.of("slug", section.getSlug(), "name", name, "position", 1))
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(200);
    }

    private String patch(String id, String etag, Map<String, Object> changes) {
        return editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(changes).patch(ARTICLE, id).then().statusCode(200).extract().header("ETag");
    }
}
