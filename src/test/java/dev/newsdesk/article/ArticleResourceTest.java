package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.Author;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    private static final Instant HOUR_AGO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);

    @Inject
    Fixtures fixtures;
    @Inject
    EditionFixtures editions;

    @Test
    void articleKeepsTheSeoulNewsroomsWrittenAndUpdatedInstants() {
        Section section = fixtures.section("International");
        MediaAsset photo = fixtures.photo("Photo : Harbour Light Agency");
        Instant written = OffsetDateTime.parse("2019-04-25T18:38:40+09:00").toInstant();
        Instant updated = OffsetDateTime.parse("2019-04-25T21:08:35+09:00").toInstant();
        Article article = fixtures.article(section).firstPublishedAt(written).updatedAt(updated).revision(3)
                .leadMedia(photo).create();

        JsonPath body = api().get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200).contentType("application/json")
                .body("firstPublishedAt", equalTo("2019-04-25T18:38:40+09:00"))
                .body("updatedAt", equalTo("2019-04-25T21:08:35+09:00"))
                .body("revision", equalTo(3))
                .body("leadMedia.credit", equalTo("Photo : Harbour Light Agency"))
                .extract().jsonPath();
        assertEquals(written, OffsetDateTime.parse(body.getString("firstPublishedAt")).toInstant());
        assertEquals(updated, OffsetDateTime.parse(body.getString("updatedAt")).toInstant());
    }

    @Test
    void fullArticleCarriesBodyBylineTagsAndMedia() {
        Section parent = fixtures.section("International");
        Section section = fixtures.section("Asia-Pacific", parent, 1);
        Author first = fixtures.author("Park Min-ji");
        Author second = fixtures.author("Daniel Okafor");
        Tag place = fixtures.tag("Busan", TagType.PLACE);
        MediaAsset lead = fixtures.photo("Photo : Harbour Light Agency");
        MediaAsset inline = fixtures.photo("Photo : Namsan Photo Collective");
        Article article = fixtures.article(section).headline("Ferry adds night crossings").authors(second, first)
                .tags(place).leadMedia(lead)
                .body(new BodyBlock.Paragraph("The <b>ferry</b> sails at night."),
                        new BodyBlock.Heading(2, "Timetable"),
                        new BodyBlock.Quote("We are ready.", "A captain"),
                        new BodyBlock.ListBlock(true, List.of("Busan", "Fukuoka")),
                        new BodyBlock.Image(inline.getId(), null, null))
                .create();

        api().get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200)
                .body("id", equalTo(article.getId().toString()))
                .body("slug", equalTo(article.getSlug()))
                .body("headline", equalTo("Ferry adds night crossings"))
                .body("language", equalTo("en"))
                .body("section.slug", equalTo(section.getSlug()))
                .body("authors.name", contains("Daniel Okafor", "Park Min-ji"))
                .body("tags[0].type", equalTo("place"))
                .body("leadMedia.caption", equalTo("Caption of the test photo"))
                .body("leadMedia.copyright", equalTo("© 2019 Test Agency"))
                .body("leadMedia.focalPoint.y", equalTo(0.25f))
                .body("body.type", contains("paragraph", "heading", "quote", "list", "image"))
                .body("body[0].html", equalTo("The <b>ferry</b> sails at night."))
                .body("body[1].level", equalTo(2))
                .body("body[2].attribution", equalTo("A captain"))
                .body("body[3].items", contains("Busan", "Fukuoka"))
                .body("body[4].mediaId", equalTo(inline.getId().toString()))
                .body("body[4].media.credit", equalTo("Photo : Namsan Photo Collective"))
                .body("canonicalPath", equalTo("/" + parent.getSlug() + "/" + section.getSlug() + "/" + article.getSlug()))
                .body("createdAt", startsWith(OffsetDateTime.now().getYear() + "-"));
    }

    @Test
    void articleIsFoundBySlug() {
        Article article = fixtures.article(fixtures.section("National")).headline("By slug").create();

        api().get("/api/v1/articles/by-slug/{slug}", article.getSlug())
                .then().statusCode(200)
                .body("id", equalTo(article.getId().toString()))
                .body("headline", equalTo("By slug"));
    }

    @Test
    void draftsAndScheduledArticlesAreNotFoundWhileArticlesOnceServedAreGone() {
        Section section = fixtures.section("Hidden");
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        Article draft = fixtures.article(section).status(ArticleStatus.DRAFT).firstPublishedAt(null).create();
        Article scheduled = fixtures.article(section).firstPublishedAt(tomorrow).create();
        Article unpublished = fixtures.article(section).status(ArticleStatus.UNPUBLISHED).create();
        Article republishLater = fixtures.article(section).publishedAt(tomorrow).create();
        Article expired = fixtures.article(section).expiresAt(Instant.now().minus(1, ChronoUnit.MINUTES)).create();
        Article deleted = fixtures.article(section).status(ArticleStatus.DELETED).create();
        Article live = fixtures.article(section).expiresAt(tomorrow).create();

        for (Article never : List.of(draft, scheduled)) {
            api().get("/api/v1/articles/{id}", never.getId())
                    .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
            api().get("/api/v1/articles/by-slug/{slug}", never.getSlug()).then().statusCode(404);
        }
        for (Article gone : List.of(unpublished, republishLater)) {
            api().get("/api/v1/articles/{id}", gone.getId())
                    .then().statusCode(410).contentType("application/problem+json")
                    .body("code", equalTo("ARTICLE_UNPUBLISHED"));
            api().get("/api/v1/articles/by-slug/{slug}", gone.getSlug())
                    .then().statusCode(410).body("code", equalTo("ARTICLE_UNPUBLISHED"));
        }
        api().get("/api/v1/articles/{id}", expired.getId())
                .then().statusCode(410).body("code", equalTo("ARTICLE_EXPIRED"));
        api().get("/api/v1/articles/by-slug/{slug}", deleted.getSlug())
                .then().statusCode(410).body("code", equalTo("ARTICLE_DELETED"))
                .body("detail", equalTo("Article '" + deleted.getSlug() + "' was deleted"));
        api().queryParam("section", section.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(live.getId().toString()));
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        api().get("/api/v1/articles/{id}", "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/articles/0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77"));
        api().get("/api/v1/articles/{id}", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors[0].parameter", equalTo("id"));
        api().get("/api/v1/articles/by-slug/{slug}", "no-such-story")
                .then().statusCode(404).body("detail", equalTo("No article 'no-such-story'"));
    }

    @Test
    void listIsAnEnvelopeOfSummariesNewestFirst() {
        Section section = fixtures.section("Business");
        Author author = fixtures.author("Kang Seo-yeon");
        MediaAsset photo = fixtures.photo("Photo : Eastgate Pictures");
        Article older = fixtures.article(section).firstPublishedAt(HOUR_AGO.minus(2, ChronoUnit.HOURS)).create();
        Article newer = fixtures.article(section).authors(author).leadMedia(photo).create();

        api().queryParam("section", section.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Link", equalTo("</api/v1/articles?section=" + section.getSlug() + ">; rel=\"self\""))
                .body("data.id", contains(newer.getId().toString(), older.getId().toString()))
                .body("data[0].authors[0].name", equalTo("Kang Seo-yeon"))
                .body("data[0].leadMedia.credit", equalTo("Photo : Eastgate Pictures"))
                .body("data[0].section.slug", equalTo(section.getSlug()))
                .body("data[0].canonicalPath", equalTo("/" + section.getSlug() + "/" + newer.getSlug()))
                .body("data[0].firstPublishedAt", containsString("+09:00"))
                .body("data[0]", not(org.hamcrest.Matchers.hasKey("body")))
                .body("meta.limit", equalTo(20))
                .body("meta.nextCursor", nullValue())
                .body("links.self", equalTo("/api/v1/articles?section=" + section.getSlug()))
                .body("links.next", nullValue());
    }

    @Test
    void sectionListIncludesSubsections() {
        Section parent = fixtures.section("International");
        Section child = fixtures.section("Asia-Pacific", parent, 1);
        Article inParent = fixtures.article(parent).create();
        Article inChild = fixtures.article(child).firstPublishedAt(HOUR_AGO.minus(1, ChronoUnit.HOURS)).create();

        api().queryParam("section", parent.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(inParent.getId().toString(), inChild.getId().toString()));
        api().queryParam("section", child.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(inChild.getId().toString()));
    }

    @Test
    void everyRepeatedTagMustMatch() {
        Section section = fixtures.section("Culture");
        Tag film = fixtures.tag("Film", TagType.TOPIC);
        Tag seoul = fixtures.tag("Seoul", TagType.PLACE);
        Article both = fixtures.article(section).tags(film, seoul).create();
        Article filmOnly = fixtures.article(section).tags(film).firstPublishedAt(HOUR_AGO.minusSeconds(60)).create();

        api().queryParam("tag", film.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(both.getId().toString(), filmOnly.getId().toString()));
        api().queryParam("tag", film.getSlug(), seoul.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(both.getId().toString()));
    }

    @Test
    void filtersByAuthorAndLanguage() {
        Section section = fixtures.section("National");
        Author author = fixtures.author("Yoon Hye-jin");
        Article korean = fixtures.article(section).authors(author).language("ko").create();
        Article british = fixtures.article(section).authors(author).language("en-GB")
                .firstPublishedAt(HOUR_AGO.minusSeconds(60)).create();

        // One edition (en): nothing to keep apart, every language is listed.
        api().queryParam("author", author.getSlug()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(korean.getId().toString(), british.getId().toString()));
        api().queryParam("author", author.getSlug()).queryParam("lang", "en").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(british.getId().toString()))
                .body("data[0].language", equalTo("en-GB"));
        editions.set("en", "ko");
        try {
            api().queryParam("author", author.getSlug()).queryParam("lang", "ko").get("/api/v1/articles")
                    .then().statusCode(200)
                    .body("data.id", contains(korean.getId().toString()));
            api().queryParam("author", author.getSlug()).get("/api/v1/articles")
                    .then().statusCode(200)
                    .body("data.id", contains(british.getId().toString()));
            api().queryParam("author", author.getSlug()).queryParam("lang", "*").get("/api/v1/articles")
                    .then().statusCode(200)
                    .body("data.id", contains(korean.getId().toString(), british.getId().toString()));
        } finally {
            editions.reset();
        }
    }

    @Test
    void dateRangeAppliesToTheChosenField() {
        Section section = fixtures.section("Archive");
        Instant written = OffsetDateTime.parse("2019-04-25T18:38:40+09:00").toInstant();
        Article updatedLater = fixtures.article(section).firstPublishedAt(written)
                .updatedAt(written.plus(3, ChronoUnit.DAYS)).create();
        Article sameDay = fixtures.article(section).firstPublishedAt(written.plus(1, ChronoUnit.HOURS)).create();

        api().queryParam("section", section.getSlug())
                .queryParam("from", "2019-04-25T00:00:00+09:00").queryParam("to", "2019-04-26T00:00:00+09:00")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(sameDay.getId().toString(), updatedLater.getId().toString()));
        api().queryParam("section", section.getSlug()).queryParam("dateField", "updated")
                .queryParam("from", "2019-04-27T00:00:00Z")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(updatedLater.getId().toString()));
        api().queryParam("section", section.getSlug()).queryParam("dateField", "firstPublished")
                .queryParam("to", "2019-04-25T09:38:41Z")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(updatedLater.getId().toString()));
    }

    @Test
    void sortsOldestFirstOrByLastUpdate() {
        Section section = fixtures.section("Sorted");
        Article a = fixtures.article(section).firstPublishedAt(HOUR_AGO.minus(3, ChronoUnit.HOURS))
                .updatedAt(HOUR_AGO).create();
        Article b = fixtures.article(section).firstPublishedAt(HOUR_AGO.minus(2, ChronoUnit.HOURS)).create();

        api().queryParam("section", section.getSlug()).queryParam("sort", "oldest").get("/api/v1/articles")
                .then().statusCode(200).body("data.id", contains(a.getId().toString(), b.getId().toString()));
        api().queryParam("section", section.getSlug()).queryParam("sort", "newest").get("/api/v1/articles")
                .then().statusCode(200).body("data.id", contains(b.getId().toString(), a.getId().toString()));
        api().queryParam("section", section.getSlug()).queryParam("sort", "updated").get("/api/v1/articles")
                .then().statusCode(200).body("data.id", contains(a.getId().toString(), b.getId().toString()));
    }

    @Test
    void cursorPagesCoverEveryArticleOnceAndDoNotShiftWhenNewsBreaks() {
        Section section = fixtures.section("Paged");
        List<String> expected = new ArrayList<>();
        Instant sameInstant = HOUR_AGO.minus(1, ChronoUnit.DAYS);
        for (int i = 0; i < 7; i++) {
            // Three share one timestamp: the id tie-breaker must still order them stably.
            Instant at = i < 3 ? sameInstant : sameInstant.minus(i, ChronoUnit.MINUTES);
            fixtures.article(section).firstPublishedAt(at).create();
        }
        List<String> all = api().queryParam("section", section.getSlug()).queryParam("limit", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.id");
        expected.addAll(all);

        List<String> walked = new ArrayList<>();
        JsonPath page = api().queryParam("section", section.getSlug()).queryParam("limit", 3)
                .get("/api/v1/articles").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).extract().jsonPath();
        walked.addAll(page.getList("data.id"));
        // Breaking news lands on top after the first page was read; the next pages must not shift.
        fixtures.article(section).create();
        String next = page.getString("links.next");
        while (next != null) {
            page = api().get(next).then().statusCode(200).body("meta.limit", equalTo(3)).extract().jsonPath();
            walked.addAll(page.getList("data.id"));
            next = page.getString("links.next");
        }
        assertEquals(expected, walked);
    }

    @Test
    void invalidParametersAreNamedInOneProblem() {
        api().queryParam("limit", 101).queryParam("sort", "popular").queryParam("from", "yesterday")
                .queryParam("dateField", "written").queryParam("section", "Not A Slug").queryParam("lang", "english!")
                .get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("title", equalTo("Invalid parameter"))
                .body("type", equalTo("urn:newsdesk:problem:invalid-parameter"))
                .body("errors.parameter", contains("section", "lang", "from", "dateField", "sort", "limit"))
                .body("detail", containsString("limit: must be between 1 and 100"));
    }

    @Test
    void limitIsRefusedNotCapped() {
        for (String limit : List.of("0", "101", "abc", "-5")) {
            api().queryParam("limit", limit).get("/api/v1/articles")
                    .then().statusCode(400).body("errors[0].parameter", equalTo("limit"));
        }
        api().queryParam("limit", 100).get("/api/v1/articles")
                .then().statusCode(200).body("meta.limit", equalTo(100));
    }

    @Test
    void rangeMustBeOrderedAndTagsBounded() {
        api().queryParam("from", "2019-04-26T00:00:00Z").queryParam("to", "2019-04-25T00:00:00Z")
                .get("/api/v1/articles")
                .then().statusCode(400).body("errors.parameter", contains("to"));
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tags.add("tag-" + i);
        }
        api().queryParam("tag", tags).get("/api/v1/articles")
                .then().statusCode(400).body("errors.parameter", hasItem("tag"));
    }

    @Test
    void unencodedPlusInAnOffsetIsUnderstood() {
        Section section = fixtures.section("Offsets");
        Article article = fixtures.article(section)
                .firstPublishedAt(OffsetDateTime.parse("2019-04-25T18:38:40+09:00").toInstant()).create();

        // "+" in a raw query string decodes to a space; clients often forget to encode it.
        api().urlEncodingEnabled(false)
                .get("/api/v1/articles?section=" + section.getSlug() + "&from=2019-04-25T18:00:00+09:00")
                .then().statusCode(200).body("data.id", contains(article.getId().toString()));
    }

    @Test
    void badCursorsAreRefused() {
        api().queryParam("cursor", "%%%not-base64").get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_CURSOR"))
                .body("errors[0].parameter", equalTo("cursor"));
        api().queryParam("cursor", "aGVsbG8").get("/api/v1/articles")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));

        Section section = fixtures.section("Cursor");
        fixtures.article(section).create();
        fixtures.article(section).firstPublishedAt(HOUR_AGO.minusSeconds(5)).create();
        String newestCursor = api().queryParam("section", section.getSlug()).queryParam("limit", 1)
                .get("/api/v1/articles").then().statusCode(200).extract().path("meta.nextCursor");
        // A cursor is a position in one order; reusing it with another sort would skip or repeat articles.
        api().queryParam("cursor", newestCursor).queryParam("sort", "oldest").get("/api/v1/articles")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void filtersThatMatchNothingGiveAnEmptyPage() {
        api().queryParam("section", "no-such-section").get("/api/v1/articles")
                .then().statusCode(200).body("data", empty()).body("meta.nextCursor", nullValue());
    }

    @Test
    void onlyJsonIsOffered() {
        api().accept("application/xml").get("/api/v1/articles")
                .then().statusCode(406).contentType("application/problem+json")
                .body("code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void listIsCappedAtTheLimitWithANextLink() {
        Section section = fixtures.section("Many");
        for (int i = 0; i < 3; i++) {
            fixtures.article(section).firstPublishedAt(HOUR_AGO.minus(i, ChronoUnit.MINUTES)).create();
        }
        api().queryParam("section", section.getSlug()).queryParam("limit", 2).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data", hasSize(2))
                .body("meta.limit", equalTo(2))
                .body("meta.nextCursor", not(nullValue()))
                .body("links.next", containsString("cursor="));
    }
}
