package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import dev.newsdesk.sample.SampleDataLoaderTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sample newsroom's three editions through its feeds, sitemaps and change feed: each edition's feed in its
 * language and titles, hreflang alternates in the sitemaps that are reciprocal and the very set each article
 * names itself, and the change feed limited to one edition.
 */
@QuarkusTest
@TestProfile(SampleDataLoaderTest.FreshDatabaseWithSampleData.class)
class SampleSyndicationEditionsTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void eachEditionsFeedListsItsArticlesUnderItsOwnTitle() throws Exception {
        List<String> koreanPaths = api().queryParam("lang", "ko").queryParam("limit", 20).get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("data.canonicalPath");
        byte[] body = api().queryParam("lang", "ko").get("/api/v1/feeds/rss").then().statusCode(200)
                .header("Content-Language", "ko").extract().asByteArray();
        Channel rss = (Channel) new WireFeedInput().build(reader(body));
        assertEquals("하버 헤럴드", rss.getTitle());
        assertEquals("하버 헤럴드", rss.getDescription());
        assertEquals("ko", rss.getLanguage());
        String base = api().get("/api/v1/site").then().extract().path("baseUrl");
        assertEquals(koreanPaths.stream().map(path -> base + path).toList(),
                rss.getItems().stream().map(i -> i.getLink()).toList());

        JsonPath japanese = JsonPath.from(api().queryParam("lang", "ja").get("/api/v1/feeds/json").then()
                .statusCode(200).header("Content-Language", "ja").extract().asString());
        assertEquals("ハーバー・ヘラルド", japanese.getString("title"));
        assertEquals(List.of("ja"), japanese.getList("items.language"));
        assertEquals(List.of(base + "/international/pacific-ports-agree-common-emissions-reporting-ja"),
                japanese.getList("items.url"));

        Channel section = (Channel) new WireFeedInput().build(reader(api().queryParam("lang", "ko")
                .get("/api/v1/feeds/rss/sections/international").then().statusCode(200).extract().asByteArray()));
        assertEquals("국제 | 하버 헤럴드", section.getTitle());
        assertEquals("국경 너머의 소식과 외교, 해운, 기후 협상.", section.getDescription());
        Channel english = (Channel) new WireFeedInput().build(reader(api().get("/api/v1/feeds/rss/sections/international")
                .then().statusCode(200).header("Content-Language", "en").extract().asByteArray()));
        assertEquals("en", english.getLanguage());
        assertEquals("International | The Harbour Herald", english.getTitle());
        List<String> englishPaths = api().queryParam("section", "international").queryParam("limit", 20)
                .get("/api/v1/articles").then().statusCode(200).header("Content-Language", "en").extract().jsonPath()
                .getList("data.canonicalPath");
        assertEquals(englishPaths.stream().map(path -> base + path).toList(),
                english.getItems().stream().map(i -> i.getLink()).toList());
    }

    @Test
    void sitemapAlternatesAreReciprocalAndTheSetEachArticleNames() throws Exception {
        Map<String, List<String>> sitemap = new LinkedHashMap<>();
        for (String month : monthSitemaps()) {
            byte[] body = api().get(month.substring(month.indexOf("/api/v1/"))).then().statusCode(200)
                    .header("Content-Language", nullValue()).extract().asByteArray();
            assertEquals(List.of(), SyndicationSchemas.urlsetErrors(body), month);
            sitemap.putAll(alternates(body));
        }
        // What each article says of itself, every edition at once: its alternates and x-default.
        List<String> ids = api().queryParam("lang", "*").queryParam("limit", 100).get("/api/v1/articles").then()
                .statusCode(200).extract().jsonPath().getList("data.id");
        int translated = 0;
        for (String id : ids) {
            JsonPath article = api().get("/api/v1/articles/{id}", id).then().statusCode(200).extract().jsonPath();
            List<Map<String, String>> named = article.getList("alternates");
            String own = named.stream().filter(a -> a.get("id").equals(id)).findFirst().orElseThrow().get("url");
            List<String> expected = named.size() > 2
                    ? named.stream().map(a -> a.get("language") + " " + a.get("url")).toList() : List.of();
            assertEquals(expected, sitemap.get(own), own);
            translated += expected.isEmpty() ? 0 : 1;
        }
        assertEquals(ids.size(), sitemap.size(), "every visible article is in a month sitemap, once");
        // Four groups: the main story (en, ko, ja) and three of two.
        assertEquals(9, translated);
        // Reciprocal: every URL an entry names lists the same set.
        sitemap.forEach((loc, links) -> links.stream().filter(link -> !link.startsWith("x-default "))
                .map(link -> link.substring(link.indexOf(' ') + 1))
                .forEach(other -> assertEquals(links, sitemap.get(other), loc + " names " + other)));
    }

    @Test
    void theChangeFeedCanBeLimitedToOneEdition() {
        List<String> korean = new ArrayList<>(api().queryParam("lang", "ko").queryParam("limit", 100)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.id"));
        JsonPath page = api().queryParam("lang", "ko").queryParam("type", "article").queryParam("limit", 1000)
                .get("/api/v1/changes").then().statusCode(200).header("Content-Language", "ko").extract().jsonPath();
        List<String> synced = new ArrayList<>(page.getList("items.id"));
        korean.sort(null);
        synced.sort(null);
        assertEquals(korean, synced);
        assertEquals(List.of("ko"), page.getList("items.attributes.language").stream().distinct().toList());
        // Everything that is not an article is shared by the editions: a Korean front end syncs it too.
        List<String> types = api().queryParam("lang", "ko").queryParam("limit", 1000).get("/api/v1/changes").then()
                .statusCode(200).extract().jsonPath().getList("items.type");
        assertEquals(List.of("site", "section", "author", "tag", "media", "collection", "article"),
                types.stream().distinct().toList());
        assertEquals(korean.size(), types.stream().filter("article"::equals).count());
        // Every language at once: no Content-Language.
        api().queryParam("type", "article").get("/api/v1/changes").then().statusCode(200)
                .header("Content-Language", nullValue());
        api().queryParam("lang", "fr").get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", contains("lang"))
                .body("errors.message", contains("must be one of the editions en, ko, ja (without lang: every "
                        + "language)"));
        api().queryParam("lang", "*").get("/api/v1/changes").then().statusCode(400)
                .body("errors.parameter", contains("lang"));
        api().queryParam("lang", "fr").get("/api/v1/changes/stream").then().statusCode(400)
                .body("errors.parameter", contains("lang"));
        // A token continues the feed it was issued for: not one of another edition.
        String next = page.getString("next");
        api().queryParam("lang", "ja").queryParam("type", "article").queryParam("token", next).get("/api/v1/changes")
                .then().statusCode(400).body("errors.parameter", contains("token"));
        api().queryParam("lang", "ko").queryParam("type", "article").queryParam("token", next).get("/api/v1/changes")
                .then().statusCode(200).body("phase", equalTo("changes")).body("items", equalTo(List.of()));
    }

    /** The month sitemaps the index lists. */
    private static List<String> monthSitemaps() throws Exception {
        Document index = parse(api().get("/api/v1/sitemaps/index.xml").then().statusCode(200).extract().asByteArray());
        List<String> months = new ArrayList<>();
        NodeList locs = index.getElementsByTagNameNS(SITEMAP, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            if (loc.contains("/sitemaps/articles/")) {
                months.add(loc);
            }
        }
        return months;
    }

    /** Each URL of a urlset with its xhtml:link alternates as "hreflang href", in document order. */
    private static Map<String, List<String>> alternates(byte[] urlset) throws Exception {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        NodeList urls = parse(urlset).getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
            List<String> links = new ArrayList<>();
            NodeList found = url.getElementsByTagNameNS(XHTML, "link");
            for (int j = 0; j < found.getLength(); j++) {
                Element link = (Element) found.item(j);
                assertEquals("alternate", link.getAttribute("rel"));
                links.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
            }
            assertEquals(null, entries.put(loc, links), loc);
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static InputStreamReader reader(byte[] body) {
        return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
    }
}
