package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.author.Author;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An author's and a tag's articles live with the articles, under the reference's path: the reference itself and its
 * article list route to different resources, and the list answers as the article list does, caching included.
 */
@QuarkusTest
class ReferenceArticleListsTest {

    /** Authors and tags have no caching policy of their own: the defaults. */
    private static final String DEFAULT_CACHE_CONTROL =
            "public, max-age=60, stale-while-revalidate=60, stale-if-error=3600";

    @Inject
    Fixtures fixtures;

    @Test
    void theAuthorAndTheAuthorsArticlesAreDifferentAnswers() {
        Section section = fixtures.section("Routes");
        Author author = fixtures.author("Kim Ha-eun");
        Tag tag = fixtures.tag("Ferries", TagType.TOPIC);
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        Article older = fixtures.article(section).authors(author).tags(tag).firstPublishedAt(hourAgo.minusSeconds(60))
                .create();
        Article newer = fixtures.article(section).authors(author).tags(tag).firstPublishedAt(hourAgo).create();

        api().get("/api/v1/authors/{slug}", author.getSlug())
                .then().statusCode(200)
                .body("slug", equalTo(author.getSlug()))
                .body("$", not(hasKey("data")));
        api().get("/api/v1/tags/{slug}", tag.getSlug())
                .then().statusCode(200)
                .body("slug", equalTo(tag.getSlug()))
                .body("$", not(hasKey("data")));

        for (String path : List.of("/api/v1/authors/" + author.getSlug() + "/articles",
                "/api/v1/tags/" + tag.getSlug() + "/articles")) {
            api().get(path)
                    .then().statusCode(200)
                    .body("data.id", contains(newer.getId().toString(), older.getId().toString()))
                    .body("meta.limit", equalTo(20))
                    .body("meta.nextCursor", nullValue())
                    .body("links.self", equalTo(path))
                    .header("Link", equalTo("<" + path + ">; rel=\"self\""));
        }
    }

    @Test
    void theListsCarryTheCachingHeadersAndAnswerConditionalRequests() {
        Section section = fixtures.section("Cached lists");
        Author author = fixtures.author("Jung Woo-jin");
        Tag tag = fixtures.tag("Harbours", TagType.PLACE);
        Article article = fixtures.article(section).authors(author).tags(tag).create();

        for (String path : List.of("/api/v1/authors/" + author.getSlug() + "/articles",
                "/api/v1/tags/" + tag.getSlug() + "/articles")) {
            Response first = api().get(path);
            first.then().statusCode(200)
                    .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]{22}(-gz)?\"$"))
                    .header("Cache-Control", equalTo(DEFAULT_CACHE_CONTROL))
                    .header("Vary", equalTo("Accept, Accept-Encoding"));
            String kind = path.substring("/api/v1/".length(), path.indexOf('/', "/api/v1/".length()));
            List<String> keys = List.of(first.header("Surrogate-Key").split(" "));
            // Summaries show the byline, not the tags: a tag's list depends on the tag through its filter only.
            // A list is one edition's: the default one here.
            assertEquals(List.of("article:" + article.getId(), "section:" + section.getId(),
                    "author:" + author.getId(), kind, "edition:en"), keys);

            Response notModified = api().header("If-None-Match", first.header("ETag")).get(path);
            notModified.then().statusCode(304);
            assertEquals(first.headers().getValues("Link"), notModified.headers().getValues("Link"));
        }
    }

    @Test
    void pagesOfAnAuthorFollowTheirLinks() {
        Section section = fixtures.section("Paged byline");
        Author author = fixtures.author("Oh Ji-ho");
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(fixtures.article(section).authors(author).firstPublishedAt(start.plusSeconds(i)).create()
                    .getId().toString());
        }

        List<String> walked = new ArrayList<>();
        String next = "/api/v1/authors/" + author.getSlug() + "/articles?sort=oldest&limit=2";
        while (next != null) {
            Response page = api().get(next);
            page.then().statusCode(200).body("meta.limit", equalTo(2));
            walked.addAll(page.jsonPath().getList("data.id"));
            String following = page.jsonPath().getString("links.next");
            List<String> expectedLinks = new ArrayList<>(List.of("<" + next + ">; rel=\"self\""));
            if (following != null) {
                expectedLinks.add("<" + following + ">; rel=\"next\"");
            }
            assertEquals(expectedLinks, page.headers().getValues("Link"));
            next = following;
        }
        assertEquals(expected, walked);
    }

    @Test
    void anUnknownReferenceIsA404WhateverTheParameters() {
        api().queryParam("limit", 0).get("/api/v1/authors/{slug}/articles", "nobody-at-all")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("No author 'nobody-at-all'"))
                .body("instance", equalTo("/api/v1/authors/nobody-at-all/articles"));
        api().queryParam("sort", "popular").get("/api/v1/tags/{slug}/articles", "no-such-tag-at-all")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("No tag 'no-such-tag-at-all'"))
                .body("instance", equalTo("/api/v1/tags/no-such-tag-at-all/articles"));
    }

    @Test
    void badParametersOfAKnownReferenceAreNamedInOneProblem() {
        Author author = fixtures.author("Seo Min-seo");
        api().queryParam("sort", "popular").queryParam("limit", 101).queryParam("fields", "headline,colour")
                .get("/api/v1/authors/{slug}/articles", author.getSlug())
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors.parameter", contains("sort", "limit", "fields"))
                .body("errors[0].message", equalTo("must be one of newest, oldest, updated"))
                .body("errors[1].message", equalTo("must be between 1 and 100"));
        Tag tag = fixtures.tag("Cursors", TagType.TOPIC);
        api().queryParam("cursor", "garbage").get("/api/v1/tags/{slug}/articles", tag.getSlug())
                .then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }
}
