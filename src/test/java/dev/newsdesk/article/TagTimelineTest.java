package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tag pages ordered by publication time are read from each tag's timeline (article_tag.published_at): these tests
 * show the timeline answers exactly what the article itself says, after every kind of change.
 */
@QuarkusTest
class TagTimelineTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    @Test
    void cursorWalkOverATagCoversEveryVisibleArticleOnceInBothOrders() {
        Section section = fixtures.section("Timeline");
        Tag tag = fixtures.tag("Harbour", TagType.TOPIC);
        Tag other = fixtures.tag("Weather", TagType.TOPIC);
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.DAYS);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Three share one instant: the article id breaks the tie, on the tag timeline as on the article table.
            Instant at = i < 3 ? base : base.minus(i, ChronoUnit.HOURS);
            Tag[] tags = i % 2 == 0 ? new Tag[] {other, tag} : new Tag[] {tag};
            fixtures.article(section).tags(tags).firstPublishedAt(at).create();
        }
        // Never on a tag page: a draft, a scheduled article, an expired one, an unpublished one.
        fixtures.article(section).tags(tag).status(ArticleStatus.DRAFT).firstPublishedAt(null).create();
        fixtures.article(section).tags(tag).firstPublishedAt(Instant.now().plus(1, ChronoUnit.DAYS)).create();
        fixtures.article(section).tags(tag).expiresAt(Instant.now().minus(1, ChronoUnit.MINUTES)).create();
        fixtures.article(section).tags(tag).status(ArticleStatus.UNPUBLISHED).create();

        // The section list is read from the article table: it is the reference the timeline must agree with.
        newestFirst.addAll(api().queryParam("section", section.getSlug()).queryParam("limit", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.id"));
        assertEquals(7, newestFirst.size());

        assertEquals(newestFirst, walk(tag.getSlug(), "newest"));
        // Oldest first, ties go by ascending id: compared with the section list in the same order.
        List<String> sectionOldest = api().queryParam("section", section.getSlug()).queryParam("sort", "oldest")
                .queryParam("limit", 100).get("/api/v1/articles").then().extract().jsonPath().getList("data.id");
        assertEquals(sectionOldest, walk(tag.getSlug(), "oldest"));

        // A second tag narrows the timeline of the first.
        List<String> both = api().queryParam("tag", tag.getSlug(), other.getSlug()).queryParam("limit", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.id");
        List<String> otherOnly = api().queryParam("tag", other.getSlug()).queryParam("limit", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.id");
        assertEquals(otherOnly, both);
        assertEquals(4, both.size());

        // With a section too, the page is filtered along the section index instead: the same answer.
        assertEquals(newestFirst, api().queryParam("tag", tag.getSlug()).queryParam("section", section.getSlug())
                .queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200).extract().jsonPath()
                .getList("data.id"));
    }

    @Test
    void anArticleLeavesTheTagTimelineWhenItExpires() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            Section section = fixtures.section("Expiring");
            Tag tag = fixtures.tag("Festival", TagType.TOPIC);
            Map<String, Object> draft = editorial.draftBody(section, "Lantern festival opens");
            draft.put("tagIds", List.of(tag.getId().toString()));
            var created = editorial.editor().contentType("application/json").body(draft)
                    .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
            String id = created.path("id");
            editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(Map.of("expiresAt", start.plus(Duration.ofHours(3)).toString()))
                    .post(ARTICLE + "/publish", id).then().statusCode(200);
            assertTagPage(tag, List.of(id));
            clock.advance(Duration.ofHours(3).minusSeconds(1));
            assertTagPage(tag, List.of(id));
            clock.advance(Duration.ofSeconds(1));
            assertTagPage(tag, List.of());
        } finally {
            clock.reset();
        }
    }

    @Test
    void editorialChangesMoveArticlesBetweenTagTimelines() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            Section section = fixtures.section("Retagged");
            Tag before = fixtures.tag("Ferries", TagType.TOPIC);
            Tag after = fixtures.tag("Shipping", TagType.TOPIC);
            Map<String, Object> draft = editorial.draftBody(section, "Ferry timetable changes");
            draft.put("tagIds", List.of(before.getId().toString()));
            var created = editorial.editor().contentType("application/json").body(draft)
                    .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
            String id = created.path("id");
            assertTagPage(before, List.of());

            // Scheduled an hour ahead: on the tag page exactly when it goes live.
            String etag = editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(Map.of("publishAt", start.plus(Duration.ofHours(1)).toString()))
                    .post(ARTICLE + "/publish", id).then().statusCode(200).extract().header("ETag");
            assertTagPage(before, List.of());
            clock.advance(Duration.ofHours(1));
            assertTagPage(before, List.of(id));

            // Retagging replaces the row's tag in place: the article leaves one timeline and joins the other.
            etag = editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("tagIds", List.of(after.getId().toString(), before.getId().toString())))
                    .patch(ARTICLE, id).then().statusCode(200).extract().header("ETag");
            assertTagPage(after, List.of(id));
            assertTagPage(before, List.of(id));
            etag = editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("tagIds", List.of(after.getId().toString())))
                    .patch(ARTICLE, id).then().statusCode(200).extract().header("ETag");
            assertTagPage(after, List.of(id));
            assertTagPage(before, List.of());

            // Unpublished, then published again later: the timeline follows the new publication time.
            etag = editorial.publisher().contentType("application/json").header("If-Match", etag).body("{}")
                    .post(ARTICLE + "/unpublish", id).then().statusCode(200).extract().header("ETag");
            assertTagPage(after, List.of());
            clock.advance(Duration.ofHours(2));
            Instant republished = clock.instant();
            editorial.publishNow(id, etag);
            JsonPath page = api().queryParam("tag", after.getSlug()).queryParam("from", republished.toString())
                    .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(id), page.getList("data.id"));
            api().queryParam("tag", after.getSlug()).queryParam("to", republished.toString())
                    .get("/api/v1/articles").then().statusCode(200).body("data", empty());
        } finally {
            clock.reset();
        }
    }

    @Test
    void sortByUpdateWithATagStillWorks() {
        Section section = fixtures.section("Updated order");
        Tag tag = fixtures.tag("Rail", TagType.TOPIC);
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        Article olderButUpdated = fixtures.article(section).tags(tag).firstPublishedAt(base.minus(2, ChronoUnit.HOURS))
                .updatedAt(base.plus(1, ChronoUnit.HOURS)).create();
        Article newer = fixtures.article(section).tags(tag).firstPublishedAt(base).create();

        api().queryParam("tag", tag.getSlug()).queryParam("sort", "updated").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(olderButUpdated.getId().toString(), newer.getId().toString()));
        api().queryParam("tag", tag.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(newer.getId().toString(), olderButUpdated.getId().toString()));
    }

    private List<String> walk(String tag, String sort) {
        List<String> walked = new ArrayList<>();
        JsonPath page = api().queryParam("tag", tag).queryParam("sort", sort).queryParam("limit", 2)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        walked.addAll(page.getList("data.id"));
        String next = page.getString("links.next");
        while (next != null) {
            page = api().get(next).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("data.id"));
            next = page.getString("links.next");
        }
        return walked;
    }

    private static void assertTagPage(Tag tag, List<String> ids) {
        List<String> page = api().queryParam("tag", tag.getSlug()).get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("data.id");
        assertEquals(ids, page);
    }
}
