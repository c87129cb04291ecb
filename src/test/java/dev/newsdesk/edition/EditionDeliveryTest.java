package dev.newsdesk.edition;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import dev.newsdesk.web.paging.SlugCursor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every delivery answer says of its language (Content-Language, Vary: Accept-Language only where the header
 * took part, an ETag per language), and the parts of an answer shown in the edition asked for: tag and author
 * lists, include= embeds, JSON-LD, collections and related stories.
 */
@QuarkusTest
class EditionDeliveryTest {

    private static final String VARY = "Accept, Accept-Encoding";
    private static final String VARY_LANGUAGE = "Accept, Accept-Encoding, Accept-Language";
    private static final String TRANSLATIONS = "/api/v1/editorial/articles/{id}/translations";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;
    @Inject
    MutableClock clock;

    private Section section;
    private String prefix;
    private String tagSlug;
    private String authorSlug;
    private String tagId;
    private String authorId;
    private String en;
    private String ko;
    private String other;
    private String collection;

    @BeforeEach
    void aStoryInEnglishAndKoreanAndOneInEnglishOnly() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1)));
        editions.set("en", "ko>en", "ja>ko");
        section = fixtures.section("World");
        editorial.admin().contentType("application/json")
                .header("If-Match", editorial.etagOf("sections", section.getId()))
                .body(Map.of("slug", section.getSlug(), "name", "World", "description", "Abroad", "position", 1,
                        "translations", Map.of("ko", Map.of("name", "국제"))))
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(200);
        // Slugs that sort together after the prefix: one page after a cursor at the prefix lists exactly them.
        prefix = Fixtures.unique("loc");
        tagSlug = prefix + "-a";
        tagId = editorial.admin().contentType("application/json")
                .body(Map.of("slug", tagSlug, "name", "Busan", "type", "place",
                        "translations", Map.of("ko", Map.of("name", "부산"))))
                .post("/api/v1/editorial/tags").then().statusCode(201).extract().path("id");
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", prefix + "-b", "name", "Ports", "type", "topic"))
                .post("/api/v1/editorial/tags").then().statusCode(201);
        authorSlug = prefix + "-a";
        authorId = editorial.admin().contentType("application/json")
                .body(Map.of("slug", authorSlug, "name", "Park Min-ji", "title", "Diplomatic Correspondent",
                        "bio", "Covers foreign policy.",
                        "translations", Map.of("ko", Map.of("name", "박민지", "title", "외교 전문기자"))))
                .post("/api/v1/editorial/authors").then().statusCode(201).extract().path("id");
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", prefix + "-b", "name", "Kim Ji-ho", "title", "Reporter",
                        "translations", Map.of("ko", Map.of("name", "김지호"))))
                .post("/api/v1/editorial/authors").then().statusCode(201);

        en = publish(draft("Ferry adds night crossings"));
        clock.advance(Duration.ofMinutes(1));
        ko = editorial.editor().contentType("application/json")
                .body(Map.of("language", "ko", "slug", Fixtures.unique("ferry-ko"), "headline", "여객선 야간 운항"))
                .post(TRANSLATIONS, en).then().statusCode(201).extract().path("id");
        editorial.publishNow(ko, editorial.etag(ko));
        clock.advance(Duration.ofMinutes(1));
        other = publish(draft("Port strike ends"));
        clock.advance(Duration.ofMinutes(1));

        collection = Fixtures.unique("pick");
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", collection, "name", "Editor's Pick", "section", section.getSlug(),
                        "articleIds", List.of(en, other, ko)))
                .post("/api/v1/editorial/collections").then().statusCode(201);
    }

    @AfterEach
    void oneEdition() {
        clock.reset();
        editions.reset();
    }

    @Test
    void everyDeliveryAnswerNamesItsLanguageAndVariesOnlyWhereTheHeaderChose() {
        List<String> negotiated = List.of("/api/v1/sections", "/api/v1/sections/" + section.getSlug(),
                "/api/v1/site", "/api/v1/tags", "/api/v1/tags/" + tagSlug, "/api/v1/tags/" + tagSlug + "/articles",
                "/api/v1/authors", "/api/v1/authors/" + authorSlug, "/api/v1/authors/" + authorSlug + "/articles",
                "/api/v1/articles", "/api/v1/collections", "/api/v1/collections/" + collection,
                "/api/v1/articles/" + other + "/related");
        for (String path : negotiated) {
            api().queryParam("lang", "ko").header("Accept-Language", "en").get(path).then().statusCode(200)
                    .header("Content-Language", "ko").header("Vary", VARY);
            api().header("Accept-Language", "ko-KR, en;q=0.5").get(path).then().statusCode(200)
                    .header("Content-Language", "ko").header("Vary", VARY_LANGUAGE);
            api().get(path).then().statusCode(200).header("Content-Language", "en").header("Vary", VARY_LANGUAGE);
            String enTag = api().queryParam("lang", "en").get(path).then().statusCode(200).extract().header("ETag");
            String koTag = api().queryParam("lang", "ko").get(path).then().statusCode(200).extract().header("ETag");
            assertNotEquals(enTag, koTag, path);
            // A 304 for one edition never confirms another's copy.
            api().queryParam("lang", "ko").header("If-None-Match", koTag).get(path).then().statusCode(304);
            api().queryParam("lang", "en").header("If-None-Match", koTag).get(path).then().statusCode(200);
        }
        // Lists of every language name every edition.
        for (String path : List.of("/api/v1/articles", "/api/v1/collections/" + collection,
                "/api/v1/articles/" + other + "/related")) {
            api().queryParam("lang", "*").get(path).then().statusCode(200)
                    .header("Content-Language", "en, ko, ja").header("Vary", VARY);
        }
        // The same answer for every reader: the editions (all of them), a media asset (its caption's language,
        // the default edition's), the public revisions of an article (its own language).
        api().header("Accept-Language", "ko").get("/api/v1/editions").then().statusCode(200)
                .header("Content-Language", "en, ko, ja").header("Vary", VARY);
        String photo = editorial.createPhoto("Test Agency", null, null, null);
        api().header("Accept-Language", "ko").get("/api/v1/media/{id}", photo).then().statusCode(200)
                .header("Content-Language", "en").header("Vary", VARY);
        api().header("Accept-Language", "en").get("/api/v1/articles/{id}/revisions", ko).then().statusCode(200)
                .header("Content-Language", "ko").header("Vary", VARY);
        api().get("/api/v1/articles/{id}/revisions", en).then().statusCode(200)
                .header("Content-Language", "en").header("Vary", VARY);
        // An error names no language.
        api().queryParam("lang", "fr").get("/api/v1/tags").then().statusCode(400)
                .header("Content-Language", nullValue())
                .body("errors.parameter", contains("lang"))
                .body("errors.message", contains("must be one of the editions en, ko, ja (or * for every language)"));
    }

    @Test
    void tagAndAuthorListsAnswerInTheEditionAskedFor() {
        String tags = SlugCursor.encode("tags", prefix);
        api().queryParam("cursor", tags).queryParam("limit", 2).queryParam("lang", "ja").get("/api/v1/tags")
                .then().statusCode(200).header("Content-Language", "ja")
                .body("data.slug", contains(prefix + "-a", prefix + "-b"))
                .body("data.name", contains("부산", "Ports"))
                .body("data.type", contains("place", "topic"))
                .body("data.articleCount", contains(3, 0));
        api().queryParam("cursor", tags).queryParam("limit", 2).get("/api/v1/tags").then().statusCode(200)
                .body("data.name", contains("Busan", "Ports"));

        String authors = SlugCursor.encode("authors", prefix);
        Response korean = api().queryParam("cursor", authors).queryParam("limit", 2)
                .header("Accept-Language", "ko").get("/api/v1/authors").then().statusCode(200)
                .header("Content-Language", "ko").header("Vary", VARY_LANGUAGE).extract().response();
        List<Map<String, Object>> expected = List.of(
                author(authorId, prefix + "-a", "박민지", "외교 전문기자", 3),
                author(korean.path("data[1].id"), prefix + "-b", "김지호", "Reporter", 0));
        assertEquals(expected, korean.path("data"));
        api().queryParam("cursor", authors).queryParam("limit", 2).queryParam("lang", "*").get("/api/v1/authors")
                .then().statusCode(200).header("Content-Language", "en")
                .body("data.name", contains("Park Min-ji", "Kim Ji-ho"))
                .body("data.title", contains("Diplomatic Correspondent", "Reporter"));
    }

    @Test
    void embedsAndStructuredDataAreInTheArticlesOwnLanguage() {
        api().queryParam("lang", "ko").queryParam("section", section.getSlug())
                .queryParam("include", "authors,tags,section,jsonLd").get("/api/v1/articles").then().statusCode(200)
                .body("data.id", contains(ko))
                .body("data[0].included.authors", equalTo(List.of(Map.of("id", authorId, "slug", authorSlug,
                        "name", "박민지", "title", "외교 전문기자", "bio", "Covers foreign policy."))))
                .body("data[0].included.tags", equalTo(List.of(Map.of("id", tagId, "slug", tagSlug, "name", "부산",
                        "type", "place"))))
                .body("data[0].included.section.name", equalTo("국제"))
                .body("data[0].included.jsonLd.inLanguage", equalTo("ko"))
                .body("data[0].included.jsonLd.author.name", contains("박민지"));
        api().queryParam("lang", "*").queryParam("section", section.getSlug()).queryParam("include", "tags,jsonLd")
                .get("/api/v1/articles").then().statusCode(200)
                .body("data.id", contains(other, ko, en))
                .body("data.included.tags.name", contains(List.of("Busan"), List.of("부산"), List.of("Busan")))
                .body("data.included.jsonLd.inLanguage", contains("en", "ko", "en"));
        api().queryParam("include", "section,jsonLd").get("/api/v1/articles/{id}", ko).then().statusCode(200)
                .body("included.section.name", equalTo("국제"))
                .body("included.jsonLd.inLanguage", equalTo("ko"))
                .body("included.jsonLd.author.name", contains("박민지"));
    }

    @Test
    void curatedItemsAreShownInTheEditionWhereTheyHaveATranslation() {
        String path = "/api/v1/collections/{slug}";
        // Korean: the story with a Korean translation is shown as it, the other as it is, saying its language;
        // the translation the editors also chose is not shown twice.
        api().queryParam("lang", "ko").get(path, collection).then().statusCode(200)
                .body("section.name", equalTo("국제"))
                .body("items.id", contains(ko, other))
                .body("items.language", contains("ko", "en"))
                .body("items.section.name", contains("국제", "World"));
        // Japanese has no translation of either: every item as it is, each once.
        api().queryParam("lang", "ja").get(path, collection).then().statusCode(200)
                .header("Content-Language", "ja")
                .body("items.id", contains(en, other, ko))
                .body("items.language", contains("en", "en", "ko"));
        // The default edition shows the English story once; lang=* shows what the editors chose.
        api().get(path, collection).then().statusCode(200).body("items.id", contains(en, other));
        api().queryParam("lang", "*").get(path, collection).then().statusCode(200)
                .body("items.id", contains(en, other, ko));
        api().queryParam("lang", "ko").queryParam("section", section.getSlug()).get("/api/v1/collections")
                .then().statusCode(200).body("data.slug", contains(collection))
                .body("data[0].items.id", contains(ko, other));
        api().queryParam("lang", "ko").queryParam("include", "collections")
                .get("/api/v1/sections/{slug}", section.getSlug()).then().statusCode(200)
                .body("name", equalTo("국제"))
                .body("included.collections.slug", contains(collection))
                .body("included.collections[0].items.id", contains(ko, other));

        // Related stories: never the article's own translations; in the edition asked for, else the article's.
        String related = "/api/v1/articles/{id}/related";
        api().get(related, en).then().statusCode(200).header("Content-Language", "en")
                .body("data.id", contains(other));
        api().queryParam("lang", "ko").get(related, other).then().statusCode(200)
                .body("data.id", contains(ko)).body("data.language", contains("ko"));
        api().get(related, other).then().statusCode(200).body("data.id", contains(en));
        api().get(related, ko).then().statusCode(200).header("Content-Language", "ko")
                .body("data.id", contains(other)).body("data.language", contains("en"));
        api().queryParam("lang", "*").get(related, other).then().statusCode(200).body("data.id", contains(ko, en));
        api().queryParam("lang", "fr").get(related, other).then().statusCode(400)
                .body("errors.parameter", contains("lang"));
    }

    private Map<String, Object> draft(String headline) {
        Map<String, Object> body = editorial.draftBody(section, headline);
        body.put("authorIds", List.of(authorId));
        body.put("tagIds", List.of(tagId));
        return body;
    }

    private String publish(Map<String, Object> draft) {
        Response created = editorial.editor().contentType("application/json").body(draft)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        editorial.publishNow(created.path("id"), created.header("ETag"));
        return created.path("id");
    }

    private static Map<String, Object> author(Object id, String slug, String name, String title, int count) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("id", id);
        author.put("slug", slug);
        author.put("name", name);
        author.put("title", title);
        author.put("articleCount", count);
        return author;
    }
}
