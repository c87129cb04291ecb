package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editorial article list: every state, filters, keyset pages, and the parameters it refuses. */
@QuarkusTest
class EditorialArticleListTest {

    private static final String LIST = "/api/v1/editorial/articles";
    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    /** Ids by role in the newsroom below, oldest update first. */
    private record Newsroom(Section section, String draft, String published, String unpublished, String deleted,
                            String newestDraft) {
    }

    @Test
    void listsEveryStateNewestUpdateFirstWithFilters() {
        Newsroom n = newsroom();
        editorial.editor().queryParam("section", n.section().getSlug()).get(LIST).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("data.id", contains(n.newestDraft(), n.unpublished(), n.published(), n.draft()))
                .body("data.status", contains("draft", "unpublished", "published", "draft"))
                .body("data.state", contains("draft", "unpublished", "live", "draft"))
                .body("data[2].hasPendingDraft", equalTo(true))
                .body("data[2].revision", equalTo(2))
                .body("data[0].hasPendingDraft", equalTo(false))
                .body("data[0].sectionSlug", equalTo(n.section().getSlug()))
                .body("data[0].headline", equalTo("Newest draft"))
                .body("meta.limit", equalTo(20))
                .body("meta.nextCursor", nullValue())
                .body("links.next", nullValue());
        editorial.editor().queryParam("section", n.section().getSlug()).queryParam("status", "draft").get(LIST)
                .then().statusCode(200).body("data.id", contains(n.newestDraft(), n.draft()));
        editorial.editor().queryParam("section", n.section().getSlug()).queryParam("status", "deleted", "published")
                .get(LIST).then().statusCode(200).body("data.id", contains(n.deleted(), n.published()));
        editorial.editor().queryParam("section", n.section().getSlug()).queryParam("status", "unpublished,draft")
                .get(LIST).then().statusCode(200).body("data.id", contains(n.newestDraft(), n.unpublished(), n.draft()));
        editorial.editor().queryParam("section", Fixtures.unique("nowhere")).get(LIST).then().statusCode(200)
                .body("data", empty());
    }

    @Test
    void aSectionAlsoListsItsSubsectionsArticles() {
        Section parent = fixtures.section("Parent desk");
        Section child = fixtures.section("Child desk", parent, 1);
        String inParent = editorial.createDraft(parent, "In parent").path("id");
        String inChild = editorial.createDraft(child, "In child").path("id");
        editorial.editor().queryParam("section", parent.getSlug()).get(LIST).then().statusCode(200)
                .body("data.id", contains(inChild, inParent));
        editorial.editor().queryParam("section", child.getSlug()).get(LIST).then().statusCode(200)
                .body("data.id", contains(inChild));
    }

    @Test
    void cursorsWalkEveryPageOnceEvenWhenArticlesChangeMeanwhile() {
        Newsroom n = newsroom();
        List<String> walked = new ArrayList<>();
        JsonPath page = editorial.editor().queryParam("section", n.section().getSlug()).queryParam("limit", 2)
                .queryParam("status", "draft", "published", "unpublished", "deleted").get(LIST)
                .then().statusCode(200).header("Link", containsString("rel=\"next\""))
                .body("meta.limit", equalTo(2)).extract().jsonPath();
        walked.addAll(page.getList("data.id"));
        // A new draft lands on top after the first page was read; the following pages must not shift.
        editorial.createDraft(n.section(), "Breaking");
        String next = page.getString("links.next");
        int pages = 1;
        while (next != null) {
            page = editorial.editor().get(next).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("data.id"));
            next = page.getString("links.next");
            pages++;
        }
        assertEquals(List.of(n.newestDraft(), n.deleted(), n.unpublished(), n.published(), n.draft()), walked);
        assertEquals(3, pages);
    }

    @Test
    void badParametersAreNamedAndAnonymousCallersAreRefused() {
        editorial.editor().queryParam("limit", 101).queryParam("status", "archived").queryParam("section", "Not A Slug")
                .get(LIST).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors.parameter", contains("status", "section", "limit"));
        editorial.editor().queryParam("limit", 0).get(LIST).then().statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
        editorial.editor().queryParam("cursor", "garbage").get(LIST).then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR")).body("errors[0].parameter", equalTo("cursor"));
        // A cursor of the public list is not one of this list.
        String publicCursor = dev.newsdesk.web.paging.CursorCodec.encode(List.of("updated", Instant.now().toString(),
                java.util.UUID.randomUUID().toString()));
        editorial.editor().queryParam("cursor", publicCursor).get(LIST).then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        api().get(LIST).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHORIZED"));
        api().header("Authorization", "Bearer nd_not-a-key").get(LIST).then().statusCode(401);
    }

    /** Two drafts, a published article with a pending draft, an unpublished and a deleted one, a minute apart. */
    private Newsroom newsroom() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        clock.set(start);
        try {
            Section section = fixtures.section("Editorial list");
            String draft = editorial.createDraft(section, "Old draft").path("id");
            clock.advance(Duration.ofMinutes(1));
            Response created = editorial.createDraft(section, "Published");
            String published = created.path("id");
            String etag = editorial.publishNow(published, created.header("ETag"));
            editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("headline", "Reworked", "draft", true)).patch(ARTICLE, published)
                    .then().statusCode(200);
            clock.advance(Duration.ofMinutes(1));
            created = editorial.createDraft(section, "Unpublished");
            String unpublished = created.path("id");
            etag = editorial.publishNow(unpublished, created.header("ETag"));
            editorial.publisher().contentType("application/json").header("If-Match", etag).body("{}")
                    .post(ARTICLE + "/unpublish", unpublished).then().statusCode(200);
            clock.advance(Duration.ofMinutes(1));
            created = editorial.createDraft(section, "Deleted");
            String deleted = created.path("id");
            editorial.publisher().header("If-Match", created.header("ETag")).delete(ARTICLE, deleted)
                    .then().statusCode(204);
            clock.advance(Duration.ofMinutes(1));
            String newestDraft = editorial.createDraft(section, "Newest draft").path("id");
            return new Newsroom(section, draft, published, unpublished, deleted, newestDraft);
        } finally {
            clock.reset();
        }
    }
}
