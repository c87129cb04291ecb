package dev.newsdesk.web.cache;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.newsdesk.article.Article;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The discovery GETs carry the delivery API's caching headers, shaped answers included. */
@QuarkusTest
class DiscoveryCachingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void siteAnswersWithValidatorsAndItsOwnMaxAge() {
        String etag = api().get("/api/v1/site")
                .then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age=300"))
                .extract().header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/site").then().statusCode(304);
    }

    @Test
    void shapedAnswersStillNameTheArticlesTheyShow() {
        Section section = fixtures.section("Cached");
        Article article = fixtures.article(section).headline("Cached story").create();
        Article neighbour = fixtures.article(section).headline("Neighbour").create();

        api().queryParam("fields", "headline").queryParam("include", "section")
                .get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200)
                .header("Surrogate-Key", containsString("article:" + article.getId()))
                .header("Surrogate-Key", containsString("section:" + section.getId()));
        api().queryParam("fields", "headline").get("/api/v1/articles/{id}/related", article.getId())
                .then().statusCode(200)
                .body("data[0].headline", equalTo("Neighbour"))
                .header("Surrogate-Key", containsString("article:" + neighbour.getId()));
        api().queryParam("q", "cached").queryParam("section", section.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Surrogate-Key", containsString("article:" + article.getId()))
                .header("Cache-Control", startsWith("public"));
    }
}
