package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.site.SiteSettingsRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sitemaps through HTTP, each file validated against the sitemaps.org and Google News XSDs. The tests split at
 * three URLs a file (%test.newsdesk.syndication.sitemaps.max-urls) and run at far-future months of their own, so
 * what other tests write never lands in the months they assert.
 */
@QuarkusTest
class SitemapResourceTest {

    private static final String SITEMAPS = "/api/v1/sitemaps/";

    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;
    @Inject
    SectionRepository sections;
    @Inject
    SectionMapper sectionMapper;
    @Inject
    SiteSettingsRepository site;

    private String base;
    private String siteName;

    @BeforeEach
    void site() {
        base = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
        siteName = api().get("/api/v1/site").then().statusCode(200).extract().path("name");
    }

    private static String seoul(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.ofHours(9)));
    }

    private String loc(Section section, Article article) {
        return base + "/" + section.getSlug() + "/" + article.getSlug();
    }

    private static byte[] xml(String path) {
        return api().get(path).then().statusCode(200).contentType("application/xml;charset=UTF-8").extract()
                .asByteArray();
    }

    private static XmlPath parsed(byte[] body) {
        return new XmlPath(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void monthsInTheNewsroomZoneAreSplitAtTheConfiguredSizeAndListedInTheIndex() {
        Section section = fixtures.section("Sitemap months");
        // 2071-03-01T00:00 in Seoul is 2071-02-28T15:00Z: the first instant of March there.
        Instant marchStart = Instant.parse("2071-02-28T15:00:00Z");
        Article february = fixtures.article(section).firstPublishedAt(marchStart.minusSeconds(1)).create();
        List<Article> march = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            Instant at = marchStart.plus(Duration.ofDays(day));
            march.add(fixtures.article(section).firstPublishedAt(at).updatedAt(at.plus(Duration.ofHours(day))).create());
        }
        // In March, and never in a sitemap: a draft, a scheduled, an expired and a deleted article.
        fixtures.article(section).status(ArticleStatus.DRAFT).firstPublishedAt(null)
                .publishedAt(marchStart.plus(Duration.ofDays(8))).create();
        fixtures.article(section).firstPublishedAt(Instant.parse("2071-03-25T00:00:00Z")).create();
        fixtures.article(section).firstPublishedAt(marchStart.plus(Duration.ofDays(8)))
                .expiresAt(marchStart.plus(Duration.ofDays(10))).create();
        fixtures.article(section).status(ArticleStatus.DELETED).firstPublishedAt(marchStart.plus(Duration.ofDays(9)))
                .create();
        clock.set(Instant.parse("2071-03-20T00:00:00Z"));
        try {
            byte[] index = xml(SITEMAPS + "index.xml");
            assertEquals(List.of(), SyndicationSchemas.indexErrors(index));
            XmlPath entries = parsed(index);
            List<String> locs = entries.getList("sitemapindex.sitemap.loc");
            List<String> lastmods = entries.getList("sitemapindex.sitemap.lastmod");
            String prefix = base + SITEMAPS + "articles/";
            int feb = locs.indexOf(prefix + "2071-02.xml");
            assertEquals(List.of(prefix + "2071-02.xml", prefix + "2071-03.xml", prefix + "2071-03.xml?page=2",
                    prefix + "2071-03.xml?page=3"), locs.subList(feb, locs.size()),
                    "the last months, and no news sitemap: nothing was published in the last 48 hours");
            String marchLastmod = seoul(march.get(6).getUpdatedAt());
            assertEquals(List.of(seoul(february.getUpdatedAt()), marchLastmod, marchLastmod, marchLastmod),
                    lastmods.subList(feb, lastmods.size()));

            assertEquals(List.of(loc(section, march.get(0)), loc(section, march.get(1)), loc(section, march.get(2))),
                    urls(SITEMAPS + "articles/2071-03.xml"));
            assertEquals(List.of(loc(section, march.get(3)), loc(section, march.get(4)), loc(section, march.get(5))),
                    urls(SITEMAPS + "articles/2071-03.xml?page=2"));
            assertEquals(List.of(loc(section, march.get(6))), urls(SITEMAPS + "articles/2071-03.xml?page=3"));
            assertEquals(List.of(loc(section, february)), urls(SITEMAPS + "articles/2071-02.xml"));
            XmlPath first = parsed(xml(SITEMAPS + "articles/2071-03.xml"));
            assertEquals(List.of(seoul(march.get(0).getUpdatedAt()), seoul(march.get(1).getUpdatedAt()),
                    seoul(march.get(2).getUpdatedAt())), first.getList("urlset.url.lastmod"));

            api().get(SITEMAPS + "articles/2071-03.xml?page=4").then().statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
            api().get(SITEMAPS + "articles/2071-04.xml").then().statusCode(404);
        } finally {
            clock.reset();
        }
    }

    private static List<String> urls(String path) {
        byte[] body = xml(path);
        assertEquals(List.of(), SyndicationSchemas.urlsetErrors(body), path);
        return parsed(body).getList("urlset.url.loc");
    }

    @Test
    void theNewsSitemapHoldsTheLast48HoursBothEndsIncluded() {
        Section section = fixtures.section("Sitemap news");
        Instant now = Instant.parse("2073-06-10T03:00:00Z");
        Article oldestIn = fixtures.article(section).headline("Exactly two days old")
                .firstPublishedAt(now.minus(Duration.ofHours(48))).create();
        fixtures.article(section).headline("A second too old").firstPublishedAt(now.minus(Duration.ofHours(48))
                .minusSeconds(1)).create();
        Article hourOld = fixtures.article(section).headline("Ports & harbours").language("ko-KR")
                .firstPublishedAt(now.minus(Duration.ofHours(1))).create();
        Article justNow = fixtures.article(section).headline("Just now").firstPublishedAt(now).create();
        Article scheduled = fixtures.article(section).headline("Scheduled").firstPublishedAt(now.plusSeconds(1)).create();
        fixtures.article(section).headline("Expired").firstPublishedAt(now.minus(Duration.ofHours(2)))
                .expiresAt(now.minusSeconds(1)).create();
        fixtures.article(section).headline("Deleted").status(ArticleStatus.DELETED)
                .firstPublishedAt(now.minus(Duration.ofHours(3))).create();
        fixtures.article(section).headline("Draft").status(ArticleStatus.DRAFT).firstPublishedAt(null)
                .publishedAt(now.minus(Duration.ofHours(4))).create();
        clock.set(now);
        try {
            Response response = api().get(SITEMAPS + "news.xml").then().statusCode(200)
                    .contentType("application/xml;charset=UTF-8").extract().response();
            assertEquals("<" + base + SITEMAPS + "news.xml>; rel=\"self\"", response.header("Link"));
            byte[] body = response.asByteArray();
            assertEquals(List.of(), SyndicationSchemas.urlsetErrors(body));
            XmlPath news = parsed(body);
            assertEquals(List.of(loc(section, justNow), loc(section, hourOld), loc(section, oldestIn)),
                    news.getList("urlset.url.loc"));
            assertEquals(List.of("Just now", "Ports & harbours", "Exactly two days old"),
                    news.getList("urlset.url.news.title"));
            assertEquals(List.of(seoul(now), seoul(now.minus(Duration.ofHours(1))),
                    seoul(now.minus(Duration.ofHours(48)))), news.getList("urlset.url.news.publication_date"));
            assertEquals(List.of("en", "ko", "en"), news.getList("urlset.url.news.publication.language"));
            assertEquals(List.of(siteName, siteName, siteName), news.getList("urlset.url.news.publication.name"));

            // The index lists it after the months, its lastmod the newest article's publication.
            XmlPath index = parsed(xml(SITEMAPS + "index.xml"));
            List<String> locs = index.getList("sitemapindex.sitemap.loc");
            assertEquals(base + SITEMAPS + "news.xml", locs.get(locs.size() - 1));
            List<String> lastmods = index.getList("sitemapindex.sitemap.lastmod");
            assertEquals(seoul(now), lastmods.get(lastmods.size() - 1));

            // One second later the oldest one has left the window and the scheduled one has gone live.
            clock.set(now.plusSeconds(1));
            assertEquals(List.of(loc(section, scheduled), loc(section, justNow), loc(section, hourOld)),
                    parsed(xml(SITEMAPS + "news.xml")).getList("urlset.url.loc"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void withoutNewsThereIsNoNewsSitemap() {
        clock.set(Instant.parse("2080-01-01T00:00:00Z"));
        try {
            api().get(SITEMAPS + "news.xml").then().statusCode(404).contentType("application/problem+json")
                    .body("code", equalTo("NOT_FOUND"));
            byte[] index = xml(SITEMAPS + "index.xml");
            assertEquals(List.of(), SyndicationSchemas.indexErrors(index));
            List<String> locs = parsed(index).getList("sitemapindex.sitemap.loc");
            assertEquals(false, locs.contains(base + SITEMAPS + "news.xml"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anEmptyNewsroomHasAValidIndexThatListsItsFrontPages() {
        Section parent = fixtures.section("Front pages");
        fixtures.section("Front pages child", parent, 1);
        // 1971: before any article of any test, so the newsroom has sections but not one article yet.
        clock.set(Instant.parse("1971-01-01T00:00:00Z"));
        try {
            String pages = base + SITEMAPS + "pages.xml";
            byte[] index = xml(SITEMAPS + "index.xml");
            assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex "
                    + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + pages + "</loc>"
                    + "<lastmod>" + seoul(frontPagesChanged().truncatedTo(ChronoUnit.SECONDS)) + "</lastmod></sitemap></sitemapindex>",
                    new String(index, StandardCharsets.UTF_8));
            assertEquals(List.of(), SyndicationSchemas.indexErrors(index));

            Response response = api().get(SITEMAPS + "pages.xml").then().statusCode(200)
                    .contentType("application/xml;charset=UTF-8").extract().response();
            assertEquals("<" + pages + ">; rel=\"self\"", response.header("Link"));
            byte[] body = response.asByteArray();
            StringBuilder expected = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
                    + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + base + "/</loc></url>");
            sectionPaths().forEach(path -> expected.append("<url><loc>").append(base).append(path).append("</loc></url>"));
            assertEquals(expected.append("</urlset>").toString(), new String(body, StandardCharsets.UTF_8));
            assertEquals(List.of(), SyndicationSchemas.urlsetErrors(body));
            List<String> locs = parsed(body).getList("urlset.url.loc");
            assertEquals(true, locs.contains(base + "/" + parent.getSlug()));
            assertEquals(true, locs.stream().anyMatch(l -> l.startsWith(base + "/" + parent.getSlug() + "/")));
        } finally {
            clock.reset();
        }
    }

    /** The site path of every section, in the order the front pages' sitemap lists them. */
    private List<String> sectionPaths() {
        return QuarkusTransaction.requiringNew().call(() -> sections.listAllWithParents().stream()
                .map(sectionMapper::path).toList());
    }

    /** The latest update of the site settings and the sections: when the front pages' list last changed. */
    private Instant frontPagesChanged() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant latest = site.get().getUpdatedAt();
            for (Section section : sections.listAllWithParents()) {
                if (section.getUpdatedAt().isAfter(latest)) {
                    latest = section.getUpdatedAt();
                }
            }
            return latest;
        });
    }

    @Test
    void sitemapsAreRevalidatedWith304() {
        Response first = api().get(SITEMAPS + "index.xml").then().statusCode(200).extract().response();
        assertEquals("public, max-age=300, stale-while-revalidate=600, stale-if-error=86400",
                first.header("Cache-Control"));
        api().header("If-None-Match", first.header("ETag")).get(SITEMAPS + "index.xml").then().statusCode(304)
                .header("ETag", first.header("ETag"));
        // Crawlers often send Accept: text/xml or nothing useful: the sitemap is served all the same.
        api().header("Accept", "text/xml").get(SITEMAPS + "index.xml").then().statusCode(200);
    }

    @Test
    void malformedMonthsAndPagesAre400() {
        api().get(SITEMAPS + "articles/2071-13.xml").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER")).body("errors.parameter", contains("month"));
        api().get(SITEMAPS + "articles/march.xml").then().statusCode(400).body("errors.parameter", contains("month"));
        api().get(SITEMAPS + "articles/2071-03.xml?page=0").then().statusCode(400)
                .body("errors.parameter", contains("page"));
        api().get(SITEMAPS + "articles/2071-03.xml?page=two").then().statusCode(400)
                .body("errors.parameter", contains("page"));
        api().get(SITEMAPS + "index.xml?page=2").then().statusCode(400).body("errors.parameter", contains("page"));
    }
}
