package dev.newsdesk.tag;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.author.Author;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists of tags and authors with their article counts, and the articles of one tag or author. */
@QuarkusTest
class TagListTest {

    @Inject
    Fixtures fixtures;

    /** Every item of a slug-ordered list, following links.next to the end. */
    private static List<Map<String, Object>> walk(String first) {
        List<Map<String, Object>> all = new ArrayList<>();
        String next = first;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("data"));
            next = page.getString("links.next");
        }
        return all;
    }

    @Test
    void tagsAreListedBySlugWithCountsOfVisibleArticles() {
        Section section = fixtures.section("Counted");
        Tag tag = fixtures.tag("Lee Seo-ah", TagType.PERSON);
        fixtures.article(section).tags(tag).create();
        fixtures.article(section).tags(tag).create();
        fixtures.article(section).tags(tag).status(ArticleStatus.DRAFT).create();

        List<Map<String, Object>> people = walk("/api/v1/tags?type=person&limit=3");
        List<String> slugs = people.stream().map(t -> (String) t.get("slug")).toList();
        assertEquals(slugs.stream().sorted().distinct().toList(), slugs);
        Map<String, Object> mine = people.stream().filter(t -> tag.getSlug().equals(t.get("slug"))).findFirst()
                .orElseThrow();
        assertEquals(2, mine.get("articleCount"));
        assertTrue(people.stream().allMatch(t -> "person".equals(t.get("type"))));
    }

    @Test
    void authorsAreListedBySlugWithCountsOfVisibleArticles() {
        Section section = fixtures.section("Bylines");
        Author author = fixtures.author("Daniel Okafor");
        fixtures.article(section).authors(author).create();
        fixtures.article(section).authors(author).status(ArticleStatus.UNPUBLISHED).create();

        List<Map<String, Object>> authors = walk("/api/v1/authors?limit=5");
        Map<String, Object> mine = authors.stream().filter(a -> author.getSlug().equals(a.get("slug"))).findFirst()
                .orElseThrow();
        assertEquals(1, mine.get("articleCount"));
        assertEquals("Daniel Okafor", mine.get("name"));
    }

    @Test
    void articlesOfATagAndOfAnAuthor() {
        Section section = fixtures.section("Filed");
        Tag tag = fixtures.tag("Film", TagType.TOPIC);
        Author author = fixtures.author("Choi Eun-woo");
        fixtures.article(section).headline("Tagged and written").tags(tag).authors(author).create();
        fixtures.article(section).headline("Only written").authors(author).create();

        api().get("/api/v1/tags/{slug}/articles", tag.getSlug())
                .then().statusCode(200)
                .body("data.headline", contains("Tagged and written"));
        api().queryParam("fields", "headline").queryParam("sort", "oldest")
                .get("/api/v1/authors/{slug}/articles", author.getSlug())
                .then().statusCode(200)
                .body("data.headline", contains("Tagged and written", "Only written"))
                .body("data.slug", everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void unknownTagsAuthorsAndBadParametersAreProblems() {
        api().get("/api/v1/tags/{slug}/articles", "no-such-tag-here").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        api().get("/api/v1/authors/{slug}/articles", "no-such-author-here").then().statusCode(404);
        api().queryParam("type", "colour").queryParam("limit", 0).get("/api/v1/tags")
                .then().statusCode(400)
                .body("errors.parameter", contains("type", "limit"));
        api().queryParam("cursor", "garbage").get("/api/v1/authors")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }
}
