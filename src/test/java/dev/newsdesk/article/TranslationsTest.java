package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.author.Author;
import dev.newsdesk.change.ChangeLog;
import dev.newsdesk.change.ChangeRecord;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Translation groups through the editorial API, and what readers get of them: alternates, stale, Link headers. */
@QuarkusTest
class TranslationsTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";
    private static final String TRANSLATIONS = ARTICLE + "/translations";
    private static final String PUBLIC = "/api/v1/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;
    @Inject
    ChangeLog log;
    @Inject
    MutableClock clock;

    @BeforeEach
    void threeEditions() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        editions.set("en", "ko>en", "ja>ko");
    }

    @AfterEach
    void oneEdition() {
        clock.reset();
        editions.reset();
    }

    @Test
    void aTranslationCopiesItsSourceAndJoinsItsGroup() {
        Section section = fixtures.section("World");
        Author author = fixtures.author("Min-ji Park");
        Tag tag = fixtures.tag("Busan", TagType.PLACE);
        Map<String, Object> draft = editorial.draftBody(section, "Ferry adds night crossings");
        draft.put("authorIds", List.of(author.getId().toString()));
        draft.put("tagIds", List.of(tag.getId().toString()));
        draft.put("seo", Map.of("title", "Night ferry", "robots", List.of("noarchive")));
        Response source = editorial.editor().contentType("application/json").body(draft)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        String en = source.path("id");
        clock.advance(Duration.ofMinutes(1));

        String slug = Fixtures.unique("ferry-ko");
        Response created = editorial.editor().contentType("application/json")
                .body(Map.of("language", "ko", "slug", slug, "headline", "여객선 야간 운항 추가"))
                .post(TRANSLATIONS, en).then().statusCode(201)
                .body("language", equalTo("ko"))
                .body("slug", equalTo(slug))
                .body("status", equalTo("draft"))
                .body("headline", equalTo("여객선 야간 운항 추가"))
                .body("standfirst", equalTo("Standfirst of Ferry adds night crossings"))
                .body("sectionId", equalTo(section.getId().toString()))
                .body("authorIds", contains(author.getId().toString()))
                .body("tagIds", contains(tag.getId().toString()))
                .body("body", equalTo(source.path("body")))
                .body("seo.title", nullValue())
                .body("seo.robots", contains("noarchive"))
                .body("revision", equalTo(0))
                .body("translation", equalTo(Map.of("groupId", en, "sourceId", en, "sourceLanguage", "en",
                        "stale", false)))
                .extract().response();
        String ko = created.path("id");
        assertEquals("/api/v1/editorial/articles/" + ko, URI.create(created.header("Location")).getPath());
        editorial.editor().get(ARTICLE, en).then().statusCode(200)
                .body("translation", equalTo(translation(en, null, null, false)));

        // A translation of the translation joins the same group; ja has no article there yet.
        clock.advance(Duration.ofMinutes(1));
        String ja = editorial.editor().contentType("application/json")
                .body(Map.of("language", "ja-JP", "slug", Fixtures.unique("ferry-ja"))).post(TRANSLATIONS, ko)
                .then().statusCode(201).body("headline", equalTo("여객선 야간 운항 추가"))
                .body("translation.groupId", equalTo(en)).body("translation.sourceId", equalTo(ko))
                .extract().path("id");

        editorial.editor().get(TRANSLATIONS, ja).then().statusCode(200)
                .body("groupId", equalTo(en))
                .body("data.id", contains(en, ko, ja))
                .body("data.language", contains("en", "ko", "ja-JP"))
                .body("data.status", contains("draft", "draft", "draft"))
                .body("data.sourceId", contains(null, en, ko))
                .body("data.stale", contains(false, false, false));
    }

    @Test
    void oneArticlePerEditionAndOnlyInEditions() {
        Section section = fixtures.section("World");
        String en = editorial.createDraft(section, "Harbour").path("id");
        String ko = translate(en, "ko");
        editorial.editor().contentType("application/json")
                .body(Map.of("language", "ko-KR", "slug", Fixtures.unique("again"))).post(TRANSLATIONS, en)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"))
                .body("detail", equalTo("The translation group already has article '" + ko + "' in the edition ko"))
                .body("errors.pointer", contains("/language"));
        editorial.editor().contentType("application/json")
                .body(Map.of("language", "fr", "slug", Fixtures.unique("fr"))).post(TRANSLATIONS, en)
                .then().statusCode(422).body("errors.pointer", contains("/language"))
                .body("errors.message", contains("must be one of the editions en, ko, ja"));
        editorial.editor().contentType("application/json")
                .body(Map.of("language", "ja", "slug", Fixtures.unique("x"))).post(TRANSLATIONS,
                        "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        editorial.editor().contentType("application/json").body(Map.of("slug", "Not A Slug"))
                .post(TRANSLATIONS, en).then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/language", "/slug"));
        api().contentType("application/json").body(Map.of("language", "ja", "slug", Fixtures.unique("x")))
                .post(TRANSLATIONS, en).then().statusCode(401);
        editorial.editor().get(TRANSLATIONS, "00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void aCorrectedSourceMakesItsTranslationStaleUntilTheTranslatorEditsIt() {
        Pair pair = publishedStoryAndTranslation();
        String en = pair.en();
        String ko = pair.ko();
        String enTag = pair.enTag();
        String koTag = pair.koTag();

        enTag = patch(en, enTag, Map.of("headline", "Port strike, day two", "minor", true));
        stale(en, ko, false);

        long before = log.head();
        clock.advance(Duration.ofMinutes(1));
        enTag = patch(en, enTag, Map.of("standfirst", "Talks resume.", "correction", true,
                "note", "The talks resume today"));
        stale(en, ko, true);
        List<String> recorded = log.after(before, 100).stream()
                .filter(c -> List.of(en, ko).contains(c.itemId())).map(c -> c.itemId() + " " + c.reason()).toList();
        assertEquals(List.of(ko + " translations_changed", en + " corrected"), sortedByOrder(recorded, ko, en));

        clock.advance(Duration.ofMinutes(1));
        patch(ko, koTag, Map.of("standfirst", "협상 재개."));
        stale(en, ko, false);
    }

    @Test
    void markingATranslationInSyncClearsStaleUntilTheSourceChangesAgain() {
        Pair pair = publishedStoryAndTranslation();
        String en = pair.en();
        String ko = pair.ko();
        String enTag = pair.enTag();
        String koTag = pair.koTag();
        enTag = patch(en, enTag, Map.of("standfirst", "Talks resume.", "correction", true,
                "note", "The talks resume today"));
        stale(en, ko, true);
        int newest = newestRevision(en);

        // The source changed after the revision reviewed: review again. A revision it never had: 422.
        inSync(editorial.publisher(), ko, koTag, newest - 1).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("CONFLICT"))
                .body("detail", equalTo("The source changed after revision " + (newest - 1) + " (its newest is "
                        + newest + "): review the translation against it"))
                .body("errors.pointer", contains("/sourceRevision"));
        inSync(editorial.publisher(), ko, koTag, newest + 1).then().statusCode(422)
                .body("code", equalTo("UNPROCESSABLE")).body("errors.pointer", contains("/sourceRevision"))
                .body("errors.message", contains("the source has no revision " + (newest + 1) + " (its newest is "
                        + newest + ")"));
        inSync(editorial.publisher(), ko, koTag, 0).then().statusCode(422)
                .body("errors.pointer", contains("/sourceRevision"));
        // Readers of the published translation see the flag: an editor may not clear it.
        inSync(editorial.editor(), ko, koTag, newest).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        stale(en, ko, true);

        long before = log.head();
        String synced = inSync(editorial.publisher(), ko, koTag, newest).then().statusCode(200)
                .body("id", equalTo(ko)).body("translation.stale", equalTo(false))
                .body("translation.sourceId", equalTo(en)).extract().header("ETag");
        assertNotEquals(koTag, synced);
        stale(en, ko, false);
        assertEquals(List.of(ko + " translations_changed"), log.after(before, 100).stream()
                .filter(c -> List.of(en, ko).contains(c.itemId())).map(c -> c.itemId() + " " + c.reason()).toList());
        // The ETag it answered is the one to change it with; the one before is stale.
        inSync(editorial.publisher(), ko, koTag, newest).then().statusCode(412);
        editorial.publisher().contentType("application/json").body(Map.of("sourceRevision", newest))
                .post(TRANSLATIONS + "/in-sync", ko).then().statusCode(428);

        // A later correction of the source makes it stale again.
        clock.advance(Duration.ofMinutes(1));
        patch(en, enTag, Map.of("standfirst", "Talks resume at noon.", "correction", true, "note", "The hour"));
        stale(en, ko, true);
    }

    @Test
    void onlyATranslationOfASourceThereIsCanBeMarkedInSync() {
        Section section = fixtures.section("World");
        Response created = editorial.createDraft(section, "Harbour");
        String en = created.path("id");
        String ja = translate(en, "ja");
        // A draft translation is an editor's to mark.
        inSync(editorial.editor(), ja, editorial.etag(ja), newestRevision(en)).then().statusCode(200)
                .body("translation.stale", equalTo(false));
        inSync(editorial.editor(), en, created.header("ETag"), 1).then().statusCode(409)
                .body("code", equalTo("CONFLICT"))
                .body("detail", equalTo("The article is an original, not a translation: it has no source to be in "
                        + "step with"));
        inSync(editorial.editor(), "00000000-0000-0000-0000-000000000000", "\"1\"", 1).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        editorial.editor().contentType("application/json").header("If-Match", editorial.etag(ja)).body("{}")
                .post(TRANSLATIONS + "/in-sync", ja).then().statusCode(422)
                .body("errors.pointer", contains("/sourceRevision"));
        api().contentType("application/json").header("If-Match", editorial.etag(ja))
                .body(Map.of("sourceRevision", 1)).post(TRANSLATIONS + "/in-sync", ja).then().statusCode(401);

        editorial.publisher().header("If-Match", editorial.etag(en)).delete(ARTICLE, en).then().statusCode(204);
        inSync(editorial.editor(), ja, editorial.etag(ja), 1).then().statusCode(409)
                .body("detail", equalTo("The translation's source '" + en + "' was deleted: there is nothing to be "
                        + "in step with"));
    }

    /** A published story and its published Korean translation, a minute apart, with their ETags. */
    private record Pair(String en, String enTag, String ko, String koTag) {
    }

    private Pair publishedStoryAndTranslation() {
        Response created = editorial.createDraft(fixtures.section("World"), "Port strike");
        String en = created.path("id");
        String enTag = editorial.publishNow(en, created.header("ETag"));
        clock.advance(Duration.ofMinutes(1));
        String ko = translate(en, "ko");
        String koTag = editorial.publishNow(ko, editorial.etag(ko));
        clock.advance(Duration.ofMinutes(1));
        return new Pair(en, enTag, ko, koTag);
    }

    private Response inSync(RequestSpecification as, String id, String etag,
                            int sourceRevision) {
        return as.contentType("application/json").header("If-Match", etag)
                .body(Map.of("sourceRevision", sourceRevision)).post(TRANSLATIONS + "/in-sync", id);
    }

    private int newestRevision(String id) {
        List<Integer> numbers = editorial.editor().get(ARTICLE + "/revisions", id).then().statusCode(200)
                .extract().path("data.number");
        return numbers.get(numbers.size() - 1);
    }

    @Test
    void everyPublishedArticleOfAGroupCarriesTheSameAlternatesAndLinks() {
        Section section = fixtures.section("World");
        Response created = editorial.createDraft(section, "Ferry");
        String en = created.path("id");
        String enSlug = created.path("slug");
        editorial.publishNow(en, created.header("ETag"));
        String ko = translate(en, "ko");
        String koSlug = editorial.editor().get(ARTICLE, ko).path("slug");
        String ja = translate(en, "ja");

        // The draft ko is nobody's alternate yet.
        api().get(PUBLIC, en).then().statusCode(200)
                .body("alternates.language", contains("en", "x-default"))
                .body("alternates.id", contains(en, en));

        long before = log.head();
        editorial.publishNow(ko, editorial.etag(ko));
        assertEquals(List.of(en + " translations_changed", ko + " published"), sortedByOrder(log.after(before, 100)
                .stream().filter(c -> List.of(en, ko).contains(c.itemId()))
                .map(c -> c.itemId() + " " + c.reason()).toList(), en, ko));

        String path = "/" + section.getSlug() + "/";
        String base = api().get("/api/v1/site").path("baseUrl");
        List<Map<String, Object>> expected = List.of(
                alternate(base, "en", en, path + enSlug), alternate(base, "ko", ko, path + koSlug),
                alternate(base, "x-default", en, path + enSlug));
        for (String id : List.of(en, ko)) {
            Response article = api().get(PUBLIC, id).then().statusCode(200)
                    .body("alternates", equalTo(expected)).extract().response();
            assertEquals(List.of("<" + base + path + enSlug + ">; rel=\"alternate\"; hreflang=\"en\"",
                            "<" + base + path + koSlug + ">; rel=\"alternate\"; hreflang=\"ko\"",
                            "<" + base + path + enSlug + ">; rel=\"alternate\"; hreflang=\"x-default\""),
                    article.headers().getValues("Link"));
        }

        // Unpublishing ko takes it out of en's alternates, and the change log says so for en.
        before = log.head();
        editorial.publisher().contentType("application/json").header("If-Match", editorial.etag(ko)).body("{}")
                .post(ARTICLE + "/unpublish", ko).then().statusCode(200);
        api().get(PUBLIC, en).then().body("alternates.language", contains("en", "x-default"));
        assertEquals(List.of(en + " translations_changed", ko + " unpublished"), sortedByOrder(log.after(before, 100)
                .stream().filter(c -> List.of(en, ko).contains(c.itemId()))
                .map(c -> c.itemId() + " " + c.reason()).toList(), en, ko));
        // ja, a draft, was staged too but readers see nothing of it: nothing recorded.
        assertEquals(List.of(), log.after(before, 100).stream().filter(c -> c.itemId().equals(ja)).toList());
    }

    private void stale(String source, String translation, boolean stale) {
        editorial.editor().get(ARTICLE, translation).then().statusCode(200).body("translation.stale", equalTo(stale));
        editorial.editor().get(TRANSLATIONS, source).then().statusCode(200)
                .body("data.stale", contains(false, stale));
        api().get(PUBLIC, translation).then().statusCode(200)
                .body("translation", equalTo(Map.of("groupId", source, "sourceId", source, "sourceLanguage", "en",
                        "stale", stale)));
    }

    private static Map<String, Object> translation(String group, String source, String language, boolean stale) {
        Map<String, Object> translation = new LinkedHashMap<>();
        translation.put("groupId", group);
        translation.put("sourceId", source);
        translation.put("sourceLanguage", language);
        translation.put("stale", stale);
        return translation;
    }

    private String translate(String id, String language) {
        return editorial.editor().contentType("application/json")
                .body(Map.of("language", language, "slug", Fixtures.unique("story-" + language)))
                .post(TRANSLATIONS, id).then().statusCode(201).extract().path("id");
    }

    private String patch(String id, String etag, Map<String, Object> changes) {
        return editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(changes).patch(ARTICLE, id).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> alternate(String base, String language, String id, String path) {
        return Map.of("language", language, "id", id, "path", path, "url", base + path);
    }

    /** One transaction records its entries in (type, id) order: compare them as a set in a fixed order. */
    private static List<String> sortedByOrder(List<String> entries, String first, String second) {
        return entries.stream().sorted((a, b) -> Integer.compare(a.startsWith(first) ? 0 : 1,
                b.startsWith(first) ? 0 : 1)).toList();
    }
}
