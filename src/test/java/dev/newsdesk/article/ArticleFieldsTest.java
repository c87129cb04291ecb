package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.Author;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Sparse fieldsets (fields=) and embedded related objects (include=) on article lists and single articles. */
@QuarkusTest
class ArticleFieldsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void fieldsPickTopLevelFieldsAndKeepTheId() {
        Section section = fixtures.section("Sparse");
        Article article = fixtures.article(section).headline("Sparse story").create();

        api().queryParam("fields", "headline,updatedAt").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200)
                .body("id", equalTo(article.getId().toString()))
                .body("headline", equalTo("Sparse story"))
                .body("updatedAt", org.hamcrest.Matchers.endsWith("+09:00"))
                .body("$", not(hasKey("body")))
                .body("$", not(hasKey("section")));
        api().queryParam("section", section.getSlug()).queryParam("fields", "canonicalPath")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data[0].canonicalPath", equalTo("/" + section.getSlug() + "/" + article.getSlug()))
                .body("data[0]", not(hasKey("headline")))
                .body("meta.limit", equalTo(20));
    }

    @Test
    void includesEmbedRelatedObjectsInFull() {
        Section section = fixtures.section("Embedded");
        Author author = fixtures.author("Park Min-ji");
        Tag tag = fixtures.tag("Busan", TagType.PLACE);
        MediaAsset lead = fixtures.photo("Photo : Lead Agency");
        MediaAsset inline = fixtures.photo("Photo : Inline Agency");
        Article article = fixtures.article(section).authors(author).tags(tag).leadMedia(lead)
                .body(new BodyBlock.Paragraph("Text."), new BodyBlock.Image(inline.getId(), null, null)).create();

        api().queryParam("include", "authors,tags,section,media")
                .get("/api/v1/articles/by-slug/{slug}", article.getSlug())
                .then().statusCode(200)
                .body("headline", equalTo(article.getHeadline()))
                .body("included.authors[0].bio", equalTo("Park Min-ji reports for the newsroom."))
                .body("included.tags.slug", contains(tag.getSlug()))
                .body("included.section.path", equalTo("/" + section.getSlug()))
                .body("included.media.credit", contains("Photo : Lead Agency", "Photo : Inline Agency"));
        api().queryParam("section", section.getSlug()).queryParam("include", "tags").queryParam("fields", "slug")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data[0].slug", equalTo(article.getSlug()))
                .body("data[0].included.tags.name", contains("Busan"))
                .body("data[0].included", not(hasKey("authors")))
                .body("data[0]", not(hasKey("headline")));
    }

    @Test
    void unknownFieldsAndIncludesAreNamedInOne400() {
        Article article = fixtures.article(fixtures.section("Strict")).create();
        api().queryParam("fields", "headline,colour,size").queryParam("include", "comments")
                .get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors.parameter", contains("fields", "include"))
                .body("errors[0].message", containsString("'colour', 'size'"))
                .body("errors[1].message", containsString("'comments'"));
    }

    @Test
    void withoutFieldsOrIncludeTheArticleIsUnchanged() {
        Article article = fixtures.article(fixtures.section("Plain")).create();
        api().get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200)
                .body("included", nullValue())
                .body("body[0].type", equalTo("paragraph"));
    }

    @Test
    void fieldsAndIncludeAreNamedWithTheListsOtherParameters() {
        api().queryParam("section", "Not A Slug").queryParam("limit", 0).queryParam("fields", "colour")
                .queryParam("include", "comments").get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors.parameter", contains("section", "limit", "fields", "include"));
        api().queryParam("q", "").queryParam("fields", "colour").get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors.parameter", contains("q", "fields"));
        api().queryParam("limit", 21).queryParam("include", "comments")
                .get("/api/v1/articles/{id}/related", "not-a-uuid")
                .then().statusCode(400)
                .body("errors.parameter", contains("id", "limit", "include"));
    }
}
