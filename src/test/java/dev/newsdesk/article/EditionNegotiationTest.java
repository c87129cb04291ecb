package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
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

/** Which edition readers get (lang beats Accept-Language), fallback of single articles, lists that never mix. */
@QuarkusTest
class EditionNegotiationTest {

    private static final String PUBLIC = "/api/v1/articles/{id}";
    private static final String VARY = "Accept, Accept-Encoding";
    private static final String VARY_LANGUAGE = "Accept, Accept-Encoding, Accept-Language";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;

    private Section section;
    private String en;
    private String ko;

    @BeforeEach
    void aStoryInEnglishAndKorean() {
        editions.set("en", "ko>en", "ja>ko", "vi");
        section = fixtures.section("World");
        Response created = editorial.createDraft(section, "Ferry");
        en = created.path("id");
        editorial.publishNow(en, created.header("ETag"));
        ko = editorial.editor().contentType("application/json")
                .body(Map.of("language", "ko", "slug", Fixtures.unique("ferry-ko"), "headline", "여객선"))
                .post("/api/v1/editorial/articles/{id}/translations", en).then().statusCode(201).extract().path("id");
        editorial.publishNow(ko, editorial.etag(ko));
    }

    @AfterEach
    void oneEdition() {
        editions.reset();
    }

    @Test
    void langBeatsAcceptLanguageAndTheAnswerSaysWhatWasServed() {
        api().queryParam("lang", "ko").header("Accept-Language", "en").get(PUBLIC, en).then().statusCode(200)
                .body("id", equalTo(ko)).body("headline", equalTo("여객선")).body("language", equalTo("ko"))
                .header("Content-Language", "ko")
                .header("Newsdesk-Requested-Language", "ko")
                .header("Content-Location", "/api/v1/articles/" + ko)
                .header("Vary", VARY);
        api().header("Accept-Language", "ko-KR, en;q=0.5").get(PUBLIC, en).then().statusCode(200)
                .body("id", equalTo(ko))
                .header("Content-Language", "ko")
                .header("Newsdesk-Requested-Language", "ko")
                .header("Vary", VARY_LANGUAGE);
        // Asked for nothing: the article addressed, as it is.
        api().get(PUBLIC, ko).then().statusCode(200).body("id", equalTo(ko))
                .header("Content-Language", "ko")
                .header("Newsdesk-Requested-Language", nullValue())
                .header("Content-Location", nullValue())
                .header("Vary", VARY_LANGUAGE);
        api().header("Accept-Language", "ko;q=nonsense").get(PUBLIC, ko).then().statusCode(200)
                .body("id", equalTo(ko)).header("Newsdesk-Requested-Language", nullValue());
        api().queryParam("lang", "*").get(PUBLIC, ko).then().statusCode(200).body("id", equalTo(ko))
                .header("Vary", VARY);
        String slug = api().get(PUBLIC, en).path("slug");
        api().queryParam("lang", "ko").get("/api/v1/articles/by-slug/{slug}", slug).then().statusCode(200)
                .body("id", equalTo(ko)).header("Content-Language", "ko");
    }

    @Test
    void aMissingTranslationFallsBackAlongTheChainOrIs404WithoutFallback() {
        // ja falls back to ko, which exists.
        api().queryParam("lang", "ja").get(PUBLIC, en).then().statusCode(200)
                .body("id", equalTo(ko))
                .header("Content-Language", "ko")
                .header("Newsdesk-Requested-Language", "ja");
        api().queryParam("lang", "ja").queryParam("fallback", "false").get(PUBLIC, en).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("No article '" + en + "' in the edition ja (fallback=false)"));
        api().queryParam("lang", "ko").queryParam("fallback", "false").get(PUBLIC, en).then().statusCode(200)
                .body("id", equalTo(ko));
        // vi has no fallback and no translation: the article itself, saying so.
        api().queryParam("lang", "vi").get(PUBLIC, ko).then().statusCode(200)
                .body("id", equalTo(ko))
                .header("Content-Language", "ko")
                .header("Newsdesk-Requested-Language", "vi");
    }

    @Test
    void anUnsupportedLanguageIsA400ListingTheEditions() {
        for (String path : List.of("/api/v1/articles/" + en, "/api/v1/articles", "/api/v1/site", "/api/v1/sections")) {
            api().queryParam("lang", "fr").get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INVALID_PARAMETER"))
                    .body("errors.parameter", contains("lang"))
                    .body("errors.message", contains("must be one of the editions en, ko, ja, vi (or * for every "
                            + "language)"));
        }
        api().queryParam("fallback", "maybe").get(PUBLIC, en).then().statusCode(400)
                .body("errors.parameter", contains("fallback"));
        api().queryParam("lang", "english!").get(PUBLIC, en).then().statusCode(400)
                .body("errors.parameter", contains("lang"));
    }

    @Test
    void listsNeverMixLanguagesUnlessAskedToWithAStar() {
        Tag tag = fixtures.tag("Ports", TagType.TOPIC);
        Article korean = fixtures.article(section).language("ko-KR").tags(tag).create();
        Article french = fixtures.article(section).language("fr").tags(tag).create();
        Article english = fixtures.article(section).language("en-GB").tags(tag).create();

        api().queryParam("section", section.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .header("Content-Language", "en").header("Vary", VARY_LANGUAGE)
                .body("data.id", contains(en, english.getId().toString()))
                .body("data.language", contains("en", "en-GB"));
        api().queryParam("section", section.getSlug()).header("Accept-Language", "ko").get("/api/v1/articles")
                .then().statusCode(200).header("Content-Language", "ko")
                .body("data.id", contains(ko, korean.getId().toString()));
        api().queryParam("section", section.getSlug()).queryParam("lang", "ko").header("Accept-Language", "en")
                .get("/api/v1/articles").then().statusCode(200).header("Vary", VARY)
                .body("data.language", contains("ko", "ko-KR"));
        api().queryParam("section", section.getSlug()).queryParam("lang", "ja").get("/api/v1/articles")
                .then().statusCode(200).header("Content-Language", "ja").body("data", equalTo(List.of()));
        api().queryParam("section", section.getSlug()).queryParam("lang", "*").get("/api/v1/articles")
                .then().statusCode(200).header("Content-Language", "en, ko, ja, vi")
                .body("data.language", contains("ko", "en", "en-GB", "fr", "ko-KR"));
        api().queryParam("lang", "ko").get("/api/v1/tags/{slug}/articles", tag.getSlug()).then().statusCode(200)
                .body("data.id", contains(korean.getId().toString()));
        api().get("/api/v1/tags/{slug}/articles", tag.getSlug()).then().statusCode(200)
                .body("data.id", contains(english.getId().toString()));
        // A search is a list too: the translation's body, copied from the source, matches in ko only.
        api().queryParam("q", "Ferry").queryParam("section", section.getSlug())
                .get("/api/v1/articles").then().statusCode(200).body("data.id", contains(en));
        api().queryParam("q", "Ferry").queryParam("section", section.getSlug()).queryParam("lang", "ko")
                .get("/api/v1/articles").then().statusCode(200).body("data.id", contains(ko));
        api().queryParam("q", "Ferry").queryParam("section", section.getSlug()).queryParam("lang", "*")
                .get("/api/v1/articles").then().statusCode(200).body("data.id", contains(en, ko));
    }

    @Test
    void eachEditionHasItsOwnValidatorsAndSurrogateKeys() {
        Response english = api().header("Accept-Language", "en").get(PUBLIC, en).then().statusCode(200)
                .extract().response();
        Response korean = api().header("Accept-Language", "ko").get(PUBLIC, en).then().statusCode(200)
                .extract().response();
        assertNotEquals(english.header("ETag"), korean.header("ETag"));
        assertEquals("article:" + en + " section:" + section.getId() + " articles edition:en",
                english.header("Surrogate-Key"));
        assertEquals("article:" + ko + " section:" + section.getId() + " articles edition:ko",
                korean.header("Surrogate-Key"));
        // A 304 for the English copy never confirms a Korean one, nor the other way round.
        api().header("Accept-Language", "ko").header("If-None-Match", english.header("ETag")).get(PUBLIC, en)
                .then().statusCode(200).body("id", equalTo(ko));
        api().header("Accept-Language", "ko").header("If-None-Match", korean.header("ETag")).get(PUBLIC, en)
                .then().statusCode(304).header("Content-Language", "ko");
        api().header("Accept-Language", "en").header("If-None-Match", korean.header("ETag")).get(PUBLIC, en)
                .then().statusCode(200).body("id", equalTo(en));
        // Two empty lists in two editions are two representations.
        String ja = api().queryParam("section", section.getSlug()).queryParam("lang", "ja").get("/api/v1/articles")
                .then().statusCode(200).extract().header("ETag");
        String vi = api().queryParam("section", section.getSlug()).queryParam("lang", "vi").get("/api/v1/articles")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(ja, vi);
        // The article addressed in its own language but asked for in another is another representation too.
        Response fallback = api().queryParam("lang", "vi").get(PUBLIC, en).then().statusCode(200).extract()
                .response();
        Response asIs = api().queryParam("lang", "*").get(PUBLIC, en).then().statusCode(200).extract().response();
        assertEquals(fallback.asString(), asIs.asString());
        assertNotEquals(fallback.header("ETag"), asIs.header("ETag"));
    }

    @Test
    void aSiteWithOneEditionListsEveryArticleAsBefore() {
        editions.reset();
        Article korean = fixtures.article(section).language("ko").create();
        api().queryParam("section", section.getSlug()).header("Accept-Language", "ko").get("/api/v1/articles")
                .then().statusCode(200).header("Content-Language", "en").header("Vary", VARY)
                .body("data.id", contains(ko, en, korean.getId().toString()));
        api().queryParam("section", section.getSlug()).queryParam("lang", "en").get("/api/v1/articles")
                .then().statusCode(200).body("data.id", contains(en));
        api().header("Accept-Language", "ko").get(PUBLIC, en).then().statusCode(200).body("id", equalTo(en))
                .header("Vary", VARY);
    }
}
