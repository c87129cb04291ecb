package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Month sitemaps on a site with several editions: a translation published in another month is still an alternate
 * of its source, both ways; an article without translations has no alternates; with one edition there are none.
 */
@QuarkusTest
class SitemapEditionsTest {

    private static final String SITEMAPS = "/api/v1/sitemaps/articles/";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;
    @Inject
    MutableClock clock;

    @Test
    void translationsInAnotherMonthAreAlternatesBothWays() throws Exception {
        String base = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
        Section section = fixtures.section("Sitemap editions");
        editions.set("en", "ko>en");
        try {
            clock.set(Instant.parse("2073-01-10T03:00:00Z"));
            Response original = editorial.createDraft(section, "Ferry");
            String en = original.path("id");
            editorial.publishNow(en, original.header("ETag"));
            clock.set(Instant.parse("2073-01-11T03:00:00Z"));
            Response alone = editorial.createDraft(section, "Tram");
            editorial.publishNow(alone.path("id"), alone.header("ETag"));
            clock.set(Instant.parse("2073-02-10T03:00:00Z"));
            String koSlug = Fixtures.unique("ferry-ko");
            String ko = editorial.editor().contentType("application/json")
                    .body(Map.of("language", "ko", "slug", koSlug, "headline", "여객선"))
                    .post("/api/v1/editorial/articles/{id}/translations", en).then().statusCode(201).extract()
                    .path("id");
            editorial.publishNow(ko, editorial.etag(ko));
            clock.set(Instant.parse("2073-02-20T03:00:00Z"));

            String enUrl = base + "/" + section.getSlug() + "/" + original.path("slug");
            String koUrl = base + "/" + section.getSlug() + "/" + koSlug;
            String aloneUrl = base + "/" + section.getSlug() + "/" + alone.path("slug");
            List<String> group = List.of("en " + enUrl, "ko " + koUrl, "x-default " + enUrl);
            assertEquals(List.of(enUrl + " " + group, aloneUrl + " []"), entries(SITEMAPS + "2073-01.xml"));
            assertEquals(List.of(koUrl + " " + group), entries(SITEMAPS + "2073-02.xml"));

            editions.reset();
            assertEquals(List.of(enUrl + " []", aloneUrl + " []"), entries(SITEMAPS + "2073-01.xml"));
            byte[] single = api().get(SITEMAPS + "2073-01.xml").then().statusCode(200).extract().asByteArray();
            assertEquals(false, new String(single, java.nio.charset.StandardCharsets.UTF_8).contains("xhtml"),
                    "one edition: the urlset is as it was before editions");
        } finally {
            clock.reset();
            editions.reset();
        }
    }

    /** Each URL of a month sitemap with its alternates, "loc [hreflang href, ...]", the file valid. */
    private static List<String> entries(String path) throws Exception {
        byte[] body = api().get(path).then().statusCode(200).extract().asByteArray();
        assertEquals(List.of(), SyndicationSchemas.urlsetErrors(body), path);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList urls = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body))
                .getElementsByTagNameNS(SitemapWriter.SITEMAP, "url");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            List<String> links = new ArrayList<>();
            NodeList found = url.getElementsByTagNameNS(SitemapWriter.XHTML, "link");
            for (int j = 0; j < found.getLength(); j++) {
                Element link = (Element) found.item(j);
                links.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
            }
            entries.add(url.getElementsByTagNameNS(SitemapWriter.SITEMAP, "loc").item(0).getTextContent() + " "
                    + links);
        }
        return entries;
    }
}
