package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import dev.newsdesk.article.Article;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds on a site with several editions: one edition per feed (lang, else the default; never Accept-Language),
 * its language declared in each format, its titles localized, every edition's feed named as an alternate, and
 * caching per edition.
 */
@QuarkusTest
class FeedEditionsTest {

    private static final String FEEDS = "/api/v1/feeds/";
    private static final String VARY = "Accept, Accept-Encoding";
    /** newsdesk.syndication.websub.hub of the test profile. */
    private static final String HUB = "http://127.0.0.1:18391/websub-hub";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;

    private String base;
    private String siteName;
    private Section section;
    private Tag tag;
    private Article english;
    private Article korean;
    private Article regional;
    private Article japanese;

    @BeforeEach
    void aSectionInThreeEditions() {
        editions.set("en", "ko>en", "ja>en");
        base = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
        siteName = api().get("/api/v1/site").then().extract().path("name");
        section = fixtures.section("Harbour");
        editorial.admin().contentType("application/json").header("If-Match", editorial.etagOf("sections", section.getId()))
                .body(Map.of("slug", section.getSlug(), "name", "Harbour", "description", "About Harbour",
                        "position", 1, "translations", Map.of("ko", Map.of("name", "항구", "description", "항구 소식"))))
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(200);
        tag = fixtures.tag("Cranes", TagType.TOPIC);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        english = fixtures.article(section).headline("Cranes idle").language("en").tags(tag)
                .firstPublishedAt(now.minus(1, ChronoUnit.HOURS)).create();
        korean = fixtures.article(section).headline("크레인 멈춰").language("ko").tags(tag)
                .firstPublishedAt(now.minus(2, ChronoUnit.HOURS)).create();
        regional = fixtures.article(section).headline("부두 파업").language("ko-KR").tags(tag)
                .firstPublishedAt(now.minus(3, ChronoUnit.HOURS)).create();
        japanese = fixtures.article(section).headline("クレーン停止").language("ja").tags(tag)
                .firstPublishedAt(now.minus(4, ChronoUnit.HOURS)).create();
        fixtures.article(section).headline("Grues à l'arrêt").language("fr").tags(tag)
                .firstPublishedAt(now.minus(5, ChronoUnit.HOURS)).create();
    }

    @AfterEach
    void oneEdition() {
        editions.reset();
    }

    private String feedUrl(String format) {
        return base + FEEDS + format + "/sections/" + section.getSlug();
    }

    private List<String> alternateLinks(String format, String mediaType) {
        return List.of("en", "ko", "ja").stream().map(language -> "<" + feedUrl(format) + "?lang=" + language
                + ">; rel=\"alternate\"; hreflang=\"" + language + "\"; type=\"" + mediaType + "\"").toList();
    }

    @Test
    void withoutLangTheFeedIsTheDefaultEditionsWhateverAcceptLanguageSays() throws Exception {
        Response response = api().header("Accept-Language", "ko").get(FEEDS + "rss/sections/{slug}", section.getSlug())
                .then().statusCode(200).header("Content-Language", "en").header("Vary", VARY).extract().response();
        Channel rss = (Channel) new WireFeedInput().build(reader(response.asByteArray()));
        assertEquals(List.of(urn(english)), rss.getItems().stream().map(i -> i.getGuid().getValue()).toList());
        assertEquals("en", rss.getLanguage());
        assertEquals("Harbour | " + siteName, rss.getTitle());
        assertEquals("About Harbour", rss.getDescription());
        List<String> links = new java.util.ArrayList<>();
        links.add("<" + feedUrl("rss") + ">; rel=\"self\"; type=\"application/rss+xml\"");
        links.add("<" + HUB + ">; rel=\"hub\"");
        links.addAll(alternateLinks("rss", "application/rss+xml"));
        assertEquals(links, response.headers().getValues("Link"));
    }

    @Test
    void eachFormatDeclaresTheEditionAndNamesEveryEditionsFeed() throws Exception {
        Response rssResponse = api().queryParam("lang", "ko-KR").get(FEEDS + "rss/sections/{slug}", section.getSlug())
                .then().statusCode(200).header("Content-Language", "ko").header("Vary", VARY).extract().response();
        Channel rss = (Channel) new WireFeedInput().build(reader(rssResponse.asByteArray()));
        assertEquals(List.of(urn(korean), urn(regional)),
                rss.getItems().stream().map(i -> i.getGuid().getValue()).toList());
        assertEquals("ko", rss.getLanguage());
        assertEquals("항구 | " + siteName, rss.getTitle());
        assertEquals("항구 소식", rss.getDescription());
        assertEquals(List.of("항구", "Cranes"), rss.getItems().get(0).getCategories().stream()
                .map(c -> c.getValue()).toList());
        List<String> links = new java.util.ArrayList<>();
        links.add("<" + feedUrl("rss") + "?lang=ko>; rel=\"self\"; type=\"application/rss+xml\"");
        links.add("<" + HUB + ">; rel=\"hub\"");
        links.addAll(alternateLinks("rss", "application/rss+xml"));
        assertEquals(links, rssResponse.headers().getValues("Link"));

        byte[] atom = api().queryParam("lang", "ko").get(FEEDS + "atom/sections/{slug}", section.getSlug()).then()
                .statusCode(200).header("Content-Language", "ko").extract().asByteArray();
        assertEquals(List.of(), SyndicationSchemas.atomErrors(atom));
        com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(reader(atom));
        assertEquals(List.of(urn(korean), urn(regional)), feed.getEntries().stream().map(Entry::getId).toList());
        assertEquals("ko", xmlLang(atom));
        assertEquals("항구 | " + siteName, feed.getTitleEx().getValue());
        assertEquals(List.of("alternate text/html null " + base + "/" + section.getSlug(),
                        "alternate application/atom+xml en " + feedUrl("atom") + "?lang=en",
                        "alternate application/atom+xml ko " + feedUrl("atom") + "?lang=ko",
                        "alternate application/atom+xml ja " + feedUrl("atom") + "?lang=ja"),
                feed.getAlternateLinks().stream().map(FeedEditionsTest::describe).toList());
        assertEquals(List.of("self application/atom+xml null " + feedUrl("atom") + "?lang=ko",
                        "hub null null " + HUB),
                feed.getOtherLinks().stream().map(FeedEditionsTest::describe).toList());
        // Another edition's feed is another feed: its own permanent id, not the default edition's.
        byte[] englishAtom = api().get(FEEDS + "atom/sections/{slug}", section.getSlug()).then().statusCode(200)
                .extract().asByteArray();
        com.rometools.rome.feed.atom.Feed englishFeed = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(reader(englishAtom));
        assertEquals("urn:uuid:" + section.getId(), englishFeed.getId());
        assertNotEquals(englishFeed.getId(), feed.getId());
        assertEquals(feed.getId(), ((com.rometools.rome.feed.atom.Feed) new WireFeedInput().build(reader(
                api().queryParam("lang", "ko").get(FEEDS + "atom/sections/{slug}", section.getSlug()).then()
                        .statusCode(200).extract().asByteArray()))).getId());

        JsonPath json = JsonPath.from(api().queryParam("lang", "ja").get(FEEDS + "json/tags/{slug}", tag.getSlug())
                .then().statusCode(200).header("Content-Language", "ja").extract().asString());
        assertEquals("ja", json.getString("language"));
        assertEquals(List.of(urn(japanese)), json.getList("items.id"));
        assertEquals(List.of("ja"), json.getList("items.language"));
        assertEquals(base + FEEDS + "json/tags/" + tag.getSlug() + "?lang=ja", json.getString("feed_url"));
        // ja has no translation of the tag and falls back to en: the stored name.
        assertEquals("Cranes | " + siteName, json.getString("title"));
    }

    @Test
    void langIsOneEditionNeverEveryLanguageNorAnUnknownOne() {
        for (String lang : List.of("fr", "*")) {
            api().queryParam("lang", lang).get(FEEDS + "rss/sections/{slug}", section.getSlug()).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("INVALID_PARAMETER"))
                    .body("errors.parameter", contains("lang"))
                    .body("errors.message", contains("must be one of the editions en, ko, ja (a feed is in one "
                            + "language)"));
        }
        api().queryParam("lang", "english!").get(FEEDS + "atom").then().statusCode(400)
                .body("errors.parameter", contains("lang"));
    }

    @Test
    void eachEditionIsCachedAndRevalidatedOnItsOwn() {
        String path = FEEDS + "atom/sections/" + section.getSlug();
        Response en = api().get(path).then().statusCode(200).extract().response();
        Response ko = api().queryParam("lang", "ko").get(path).then().statusCode(200).extract().response();
        assertNotEquals(en.header("ETag"), ko.header("ETag"));
        assertEquals(true, List.of(ko.header("Surrogate-Key").split(" ")).contains("edition:ko"));
        assertEquals(true, List.of(en.header("Surrogate-Key").split(" ")).contains("edition:en"));
        // A 304 for one edition never confirms another's copy.
        api().queryParam("lang", "ko").header("If-None-Match", en.header("ETag")).get(path).then().statusCode(200)
                .header("Content-Language", "ko");
        api().queryParam("lang", "ko").header("If-None-Match", ko.header("ETag")).get(path).then().statusCode(304);
        api().header("If-None-Match", en.header("ETag")).header("Accept-Language", "ko").get(path).then()
                .statusCode(304);
    }

    /** The root element's xml:lang (ROME does not read it). */
    private static String xmlLang(byte[] document) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document)).getDocumentElement()
                .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
    }

    private static String describe(Link link) {
        return link.getRel() + " " + link.getType() + " " + link.getHreflang() + " " + link.getHref();
    }

    private static String urn(Article article) {
        return "urn:uuid:" + article.getId();
    }

    private static InputStreamReader reader(byte[] body) {
        return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
    }
}
