package dev.newsdesk.change;

import static dev.newsdesk.change.ChangeFeedTest.describe;
import static dev.newsdesk.change.ChangeFeedTest.drain;
import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change feed limited to one edition (lang): its articles, everything shared, and the articles that leave it. */
@QuarkusTest
class ChangeFeedEditionsTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;

    @BeforeEach
    void threeEditions() {
        editions.set("en", "ko>en", "ja>en");
    }

    @AfterEach
    void oneEdition() {
        editions.reset();
    }

    @Test
    void anEditionsFeedHearsOfItsArticlesAndOfOneThatLeavesIt() {
        Section section = fixtures.section("Harbour desk");
        Response created = editorial.createDraft(section, "Ferry");
        String en = created.path("id");
        editorial.publishNow(en, created.header("ETag"));
        String ko = editorial.editor().contentType("application/json")
                .body(Map.of("language", "ko-KR", "slug", Fixtures.unique("ferry-ko"), "headline", "여객선"))
                .post("/api/v1/editorial/articles/{id}/translations", en).then().statusCode(201).extract().path("id");
        editorial.publishNow(ko, editorial.etag(ko));
        Map<String, String> korean = Map.of("section", section.getSlug(), "lang", "ko");

        ChangeFeedTest.Drained sync = drain(null, korean);
        assertEquals(List.of("upsert snapshot"), describe(sync.items(), ko));
        assertEquals(List.of(), describe(sync.items(), en));
        assertEquals(List.of("upsert snapshot"), describe(sync.items(), section.getId().toString()));
        api().queryParams(korean).get("/api/v1/changes").then().statusCode(200).header("Content-Language", "ko");

        patch(en, Map.of("headline", "Ferry resumes"));
        patch(ko, Map.of("headline", "여객선 재개"));
        patch(ko, Map.of("language", "ja"));

        ChangeFeedTest.Drained delta = drain(sync.token(), korean);
        assertEquals(List.of(), describe(delta.items(), en));
        // The source's edit makes the translation stale (translations_changed), then its own edit, then it leaves.
        assertEquals(List.of("upsert translations_changed", "upsert edited", "tombstone out_of_scope"),
                describe(delta.items(), ko));
        assertEquals(List.of("ko-KR", "ko-KR", "ko-KR"), delta.items().stream().filter(i -> ko.equals(i.get("id")))
                .map(i -> ((Map<?, ?>) i.get("attributes")).get("language")).toList());
        api().queryParams(korean).queryParam("token", delta.token()).get("/api/v1/changes").then().statusCode(200)
                .header("Content-Language", "ko");

        // The same changes without lang: every language, and no Content-Language.
        ChangeFeedTest.Drained all = drain(null,
                Map.of("section", section.getSlug(), "type", "article"));
        assertEquals(List.of("upsert snapshot"), describe(all.items(), en));
        assertEquals(List.of("upsert snapshot"), describe(all.items(), ko));
        api().queryParam("section", section.getSlug()).get("/api/v1/changes").then().statusCode(200)
                .header("Content-Language", nullValue());
    }

    private void patch(String id, Map<String, Object> changes) {
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", editorial.etag(id))
                .body(changes).patch(ARTICLE, id).then().statusCode(200);
    }
}
