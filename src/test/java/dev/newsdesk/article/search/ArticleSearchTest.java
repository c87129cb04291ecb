package dev.newsdesk.article.search;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search through GET /api/v1/articles?q= on whichever database the suite runs on. Each test writes a word no other
 * article contains (a "marker"), so its hits are exactly its own articles.
 */
@QuarkusTest
class ArticleSearchTest {

    private static final Instant HOUR_AGO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    private static String marker() {
        return "zq" + Fixtures.unique("m").replace("-", "");
    }

    private Article article(Section section, String headline, String standfirst, String body) {
        return fixtures.article(section).headline(headline).standfirst(standfirst)
                .body(new BodyBlock.Paragraph(body)).create();
    }

    @Test
    void headlineMatchesRankAboveStandfirstAboveBody() {
        Section section = fixtures.section("Ranking");
        String m = marker();
        Article inBody = article(section, "Quiet week at the harbour", "Nothing much moved.",
                "Dock workers said " + m + " was the word of the week.");
        Article inHeadline = article(section, m + " talks resume at the harbour", "Negotiators returned.",
                "The meeting started at nine.");
        Article inStandfirst = article(section, "Harbour talks resume", "Negotiators discussed " + m + " again.",
                "The meeting started at ten.");

        api().queryParam("q", m).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(inHeadline.getId().toString(), inStandfirst.getId().toString(),
                        inBody.getId().toString()))
                .body("data.search.rank", everyItem(notNullValue()))
                .body("data[2].search.snippet", containsString("<mark>" + m + "</mark>"));
    }

    @Test
    void allWordsMustMatchAndExclusionsMustNot() {
        Section section = fixtures.section("Words");
        String m = marker();
        Article both = article(section, m + " ferry timetable", null, "The ferry sails at night.");
        Article onlyMarker = article(section, m + " bus timetable", null, "The bus runs at night.");
        Article withCoal = article(section, m + " ferry carries coal", null, "Coal and grain.");

        api().queryParam("q", m + " ferry").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", containsInAnyOrder(both.getId().toString(), withCoal.getId().toString()));
        api().queryParam("q", m + " ferry -coal").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(both.getId().toString()));
        api().queryParam("q", m + " -ferry").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(onlyMarker.getId().toString()));
    }

    @Test
    void orLetsEitherTermMatch() {
        Section section = fixtures.section("Either");
        String m = marker();
        Article ferry = article(section, m + " ferry news", null, "Sailing.");
        Article bus = article(section, m + " bus news", null, "Driving.");
        article(section, m + " tram news", null, "Rolling.");

        api().queryParam("q", m + " ferry or bus").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", containsInAnyOrder(ferry.getId().toString(), bus.getId().toString()));
    }

    @Test
    void quotedPhraseNeedsTheWordsInARow() {
        Section section = fixtures.section("Phrases");
        String m = marker();
        Article phrase = article(section, m + " report", null, "Cranes stood idle as harbour cranes rusted.");
        article(section, m + " report", null, "The cranes of the harbour stood idle.");

        api().queryParam("q", m + " \"harbour cranes\"").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(phrase.getId().toString()))
                .body("data[0].search.snippet", containsString("<mark>harbour</mark> <mark>cranes</mark>"));
    }

    @Test
    void aWordAlsoFindsItsLongerForms() {
        Section section = fixtures.section("Forms");
        String m = marker();
        Article ports = article(section, m + " Pacific ports agree", null, "Eleven ports signed.");

        api().queryParam("q", m + " port").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(ports.getId().toString()));
    }

    @Test
    void onlyVisibleArticlesAreFound() {
        Section section = fixtures.section("Hidden");
        String m = marker();
        Article visible = article(section, m + " visible", null, "Shown.");
        fixtures.article(section).headline(m + " draft").status(ArticleStatus.DRAFT).create();
        fixtures.article(section).headline(m + " scheduled").publishedAt(Instant.now().plus(1, ChronoUnit.DAYS))
                .create();
        fixtures.article(section).headline(m + " expired").expiresAt(Instant.now().minus(1, ChronoUnit.MINUTES))
                .create();

        api().queryParam("q", m).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(visible.getId().toString()));
    }

    @Test
    void searchCombinesWithFiltersAndDateOrder() {
        Section wanted = fixtures.section("Wanted");
        Section other = fixtures.section("Other");
        String m = marker();
        Article older = fixtures.article(wanted).headline(m + " older").firstPublishedAt(HOUR_AGO.minusSeconds(60))
                .create();
        Article newer = fixtures.article(wanted).headline(m + " newer").firstPublishedAt(HOUR_AGO).create();
        fixtures.article(other).headline(m + " elsewhere").create();

        api().queryParam("q", m).queryParam("section", wanted.getSlug()).queryParam("sort", "newest")
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(newer.getId().toString(), older.getId().toString()));
        api().queryParam("q", m).queryParam("section", wanted.getSlug()).queryParam("sort", "oldest")
                .queryParam("limit", 1)
                .get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(older.getId().toString()))
                .body("meta.nextCursor", notNullValue());
    }

    @Test
    void relevanceCursorWalksEveryHitOnceInRankOrder() {
        Section section = fixtures.section("Paging");
        String m = marker();
        List<String> expected = new ArrayList<>();
        expected.add(article(section, m + " " + m + " twice in the headline", m, m).getId().toString());
        for (int i = 0; i < 4; i++) {
            // Equal ranks: the id breaks the tie, so the cursor still moves strictly forward.
            article(section, "Story " + i, null, "Body mentions " + m + ".");
        }
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/articles?q=" + m + "&limit=2";
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.id"));
            next = page.getString("links.next");
        }
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());
        assertEquals(expected.get(0), seen.get(0));
    }

    @Test
    void fieldsTrimSearchHitsButKeepTheMatch() {
        Section section = fixtures.section("Trimmed");
        String m = marker();
        article(section, m + " trimmed", null, "Body.");

        api().queryParam("q", m).queryParam("fields", "headline").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data[0].headline", equalTo(m + " trimmed"))
                .body("data[0].id", notNullValue())
                .body("data[0].search.snippet", notNullValue())
                .body("data[0].slug", nullValue());
    }

    @Test
    void aSearchWithoutHitsIsAnEmptyPage() {
        api().queryParam("q", marker()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data", empty())
                .body("meta.nextCursor", nullValue());
    }

    @Test
    void emptyOrOverlongQueriesAreRefused() {
        api().queryParam("q", "   ").get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors[0].parameter", equalTo("q"));
        api().queryParam("q", "a".repeat(SearchQuery.MAX_LENGTH + 1)).get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("q"));
        api().queryParam("q", "-only -exclusions").get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("q"));
    }

    @Test
    void badParametersAreNamedTogether() {
        api().queryParam("q", "").queryParam("limit", 1000).queryParam("sort", "best").get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors.parameter", containsInAnyOrder("q", "limit", "sort"));
    }

    @Test
    void relevanceNeedsAQueryAndCursorsMustFitTheOrder() {
        api().queryParam("sort", "relevance").get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("sort"));
        api().queryParam("q", "harbour").queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/articles")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        String dateCursor = new dev.newsdesk.article.ArticleCursor(dev.newsdesk.article.ArticleSort.NEWEST,
                Instant.now(), java.util.UUID.randomUUID()).encode();
        api().queryParam("q", "harbour").queryParam("cursor", dateCursor).get("/api/v1/articles")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void articlesWrittenThroughTheEditorialApiAreFoundByTheirBody() {
        Section section = fixtures.section("Editorial");
        String m = marker();
        Map<String, Object> draft = editorial.draftBody(section, "Written through the API");
        draft.put("body", List.of(Map.of("type", "paragraph", "html", "The <b>" + m + "</b> &amp; more.")));
        io.restassured.response.Response created = editorial.editor().contentType("application/json").body(draft)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));

        api().queryParam("q", m).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(id))
                .body("data[0].search.snippet", containsString("<mark>" + m + "</mark> &amp; more"));
    }

    @Test
    void defaultListStaysAsItWasWithoutQ() {
        api().queryParam("limit", 1).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data[0].search", nullValue())
                .body("data[0].included", nullValue())
                .body("data", not(empty()))
                .body("data", hasSize(1));
    }
}
