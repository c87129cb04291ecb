package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;

import dev.newsdesk.author.Author;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An article with several authors and several tags: each list comes back exactly as editors ordered it, never
 * one list repeated once per entry of the other, wherever the article is shown.
 */
@QuarkusTest
class MultiValuedArticleTest {

    @Inject
    Fixtures fixtures;

    private Section section;
    private Article article;
    private String marker;
    private List<String> authorIds;
    private List<String> authorSlugs;
    private List<String> tagIds;

    @BeforeEach
    void threeAuthorsAndFourTags() {
        section = fixtures.section("Bylines");
        marker = "zq" + Fixtures.unique("multi").replace("-", "");
        Author first = fixtures.author("Park Min-ji");
        Author second = fixtures.author("Daniel Okafor");
        Author third = fixtures.author("Lena Vogt");
        Tag port = fixtures.tag("Port", TagType.TOPIC);
        Tag busan = fixtures.tag("Busan", TagType.PLACE);
        Tag strike = fixtures.tag("Strike", TagType.TOPIC);
        Tag unions = fixtures.tag("Unions", TagType.ORGANIZATION);
        article = fixtures.article(section).headline(marker + " port talks").authors(second, third, first)
                .tags(strike, port, unions, busan).create();
        authorIds = List.of(second.getId().toString(), third.getId().toString(), first.getId().toString());
        authorSlugs = List.of(second.getSlug(), third.getSlug(), first.getSlug());
        tagIds = List.of(strike.getId().toString(), port.getId().toString(), unions.getId().toString(),
                busan.getId().toString());
    }

    @Test
    void singleArticleListsEachAuthorAndTagOnce() {
        api().get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200)
                .body("authors.id", contains(authorIds.toArray()))
                .body("tags.id", contains(tagIds.toArray()));
    }

    @Test
    void articleBySlugListsEachAuthorAndTagOnce() {
        api().get("/api/v1/articles/by-slug/{slug}", article.getSlug())
                .then().statusCode(200)
                .body("authors.slug", contains(authorSlugs.toArray()))
                .body("tags.id", contains(tagIds.toArray()));
    }

    @Test
    void singleArticleWithIncludesListsEachOnce() {
        api().queryParam("include", "authors,tags").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200)
                .body("authors.id", contains(authorIds.toArray()))
                .body("tags.id", contains(tagIds.toArray()))
                .body("included.authors.id", contains(authorIds.toArray()))
                .body("included.tags.id", contains(tagIds.toArray()));
    }

    @Test
    void listPageAndItsIncludesListEachOnce() {
        api().queryParam("section", section.getSlug()).queryParam("include", "authors,tags")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(article.getId().toString()))
                .body("data[0].authors.id", contains(authorIds.toArray()))
                .body("data[0].included.authors.id", contains(authorIds.toArray()))
                .body("data[0].included.tags.id", contains(tagIds.toArray()));
    }

    @Test
    void authorAndTagPagesListEachOnce() {
        api().queryParam("include", "tags").get("/api/v1/authors/{slug}/articles", authorSlugs.get(1))
                .then().statusCode(200)
                .body("data[0].authors.id", contains(authorIds.toArray()))
                .body("data[0].included.tags.id", contains(tagIds.toArray()));
        api().queryParam("include", "authors,tags").get("/api/v1/tags/{slug}/articles", tagSlug(2))
                .then().statusCode(200)
                .body("data[0].authors.id", contains(authorIds.toArray()))
                .body("data[0].included.authors.id", contains(authorIds.toArray()))
                .body("data[0].included.tags.id", contains(tagIds.toArray()));
    }

    @Test
    void searchResultsListEachOnce() {
        api().queryParam("q", marker).queryParam("include", "authors,tags").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(article.getId().toString()))
                .body("data[0].authors.id", contains(authorIds.toArray()))
                .body("data[0].included.authors.id", contains(authorIds.toArray()))
                .body("data[0].included.tags.id", contains(tagIds.toArray()));
    }

    private String tagSlug(int index) {
        return api().get("/api/v1/articles/{id}", article.getId()).then().extract().path("tags[" + index + "].slug");
    }
}
