package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.feed.module.DCModule;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.Author;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import dev.newsdesk.testing.NewsroomTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds through HTTP, read back with ROME (an independent parser) and Atom checked against RFC 4287's RELAX NG
 * grammar: the same newest visible items in RSS, Atom and JSON Feed, with permanent ids, the newsroom's offset,
 * bylines and the lead image's credit.
 */
@QuarkusTest
class FeedResourceTest {

    private static final String FEEDS = "/api/v1/feeds/";
    private static final String HUB = "http://127.0.0.1:18391/websub-hub";
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;

    private String base;

    @BeforeEach
    void siteBaseUrl() {
        base = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
    }

    /** A section with a subsection, three visible articles and four that readers cannot see. */
    private final class Newsroom {
        final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        final Section section = fixtures.section("Harbour");
        final Section child = fixtures.section("Harbour Works", section, 1);
        final Author author = fixtures.author("Min-ji Park");
        final Author second = fixtures.author("Daniel Okafor");
        final Tag tag = fixtures.tag("Cranes", TagType.TOPIC);
        final MediaAsset photo = fixtures.photo("Kim Ho-seong");
        final Article oldest = fixtures.article(section).headline("Oldest").firstPublishedAt(now.minus(3, ChronoUnit.HOURS))
                .authors(second).create();
        final Article inChild = fixtures.article(child).headline("In the subsection")
                .firstPublishedAt(now.minus(2, ChronoUnit.HOURS)).tags(tag).create();
        final Article newest = fixtures.article(section).headline("Cranes & quays <today>")
                .standfirst("Talks resume on Monday.").firstPublishedAt(now.minus(1, ChronoUnit.HOURS))
                .updatedAt(now.minus(30, ChronoUnit.MINUTES)).leadMedia(photo).authors(author, second).tags(tag)
                .body(new BodyBlock.Paragraph("Cranes stood <b>idle</b>."), new BodyBlock.Heading(2, "Next"))
                .create();

        Newsroom() {
            fixtures.article(section).headline("Draft").status(ArticleStatus.DRAFT).firstPublishedAt(null).tags(tag)
                    .authors(author).create();
            fixtures.article(section).headline("Scheduled").firstPublishedAt(now.plus(1, ChronoUnit.DAYS)).tags(tag)
                    .authors(author).create();
            fixtures.article(section).headline("Expired").firstPublishedAt(now.minus(20, ChronoUnit.MINUTES))
                    .expiresAt(now.minus(1, ChronoUnit.MINUTES)).tags(tag).authors(author).create();
            fixtures.article(section).headline("Deleted").status(ArticleStatus.DELETED)
                    .firstPublishedAt(now.minus(10, ChronoUnit.MINUTES)).tags(tag).authors(author).create();
        }

        List<String> newestFirstIds() {
            return List.of(urn(newest), urn(inChild), urn(oldest));
        }
    }

    private static String urn(Article article) {
        return "urn:uuid:" + article.getId();
    }

    private static byte[] get(String path, String mediaType) {
        return api().get(path).then().statusCode(200).contentType(mediaType + ";charset=UTF-8").extract()
                .asByteArray();
    }

    @Test
    void everyFormatListsTheSameNewestVisibleArticlesOfASectionAndItsSubsections() throws Exception {
        Newsroom n = new Newsroom();
        String path = "sections/" + n.section.getSlug();

        Channel rss = (Channel) new WireFeedInput().build(reader(get(FEEDS + "rss/" + path, "application/rss+xml")));
        assertEquals(n.newestFirstIds(), rss.getItems().stream().map(i -> i.getGuid().getValue()).toList());

        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(reader(get(FEEDS + "atom/" + path, "application/atom+xml")));
        assertEquals(n.newestFirstIds(), atom.getEntries().stream().map(Entry::getId).toList());

        JsonPath json = JsonPath.from(new String(get(FEEDS + "json/" + path, "application/feed+json"),
                StandardCharsets.UTF_8));
        assertEquals(n.newestFirstIds(), json.getList("items.id"));
    }

    @Test
    void rssItemsCarryPermanentGuidsRfc822DatesBylinesAndTheLeadImageWithItsCredit() throws Exception {
        Newsroom n = new Newsroom();
        byte[] body = get(FEEDS + "rss/sections/" + n.section.getSlug(), "application/rss+xml");
        Channel channel = (Channel) new WireFeedInput().build(reader(body));
        assertEquals("Harbour | " + siteName(), channel.getTitle());
        assertEquals(base + "/" + n.section.getSlug(), channel.getLink());
        Item item = channel.getItems().get(0);
        assertEquals("Cranes & quays <today>", item.getTitle());
        assertEquals(base + "/" + n.section.getSlug() + "/" + n.newest.getSlug(), item.getLink());
        assertEquals(false, item.getGuid().isPermaLink());
        assertEquals("Talks resume on Monday.", item.getDescription().getValue());
        assertEquals(List.of("Harbour", "Cranes"), item.getCategories().stream().map(c -> c.getValue()).toList());

        // The dates as written: RFC 822 in the newsroom's offset (Asia/Seoul, +0900), not UTC.
        String xml = new String(body, StandardCharsets.UTF_8);
        String pubDate = RFC_822.format(n.newest.getFirstPublishedAt().atOffset(ZoneOffset.ofHours(9)));
        assertEquals(true, xml.contains("<pubDate>" + pubDate + "</pubDate>"), xml);
        // The newest change among what the feed shows: here the section, created after the articles' updates.
        assertEquals(true, xml.contains("<lastBuildDate>"
                + RFC_822.format(n.section.getUpdatedAt().atOffset(ZoneOffset.ofHours(9))) + "</lastBuildDate>"), xml);
        assertEquals(true, xml.contains("<content:encoded>&lt;p&gt;Cranes stood &lt;b&gt;idle&lt;/b&gt;.&lt;/p&gt;"
                + "&lt;h2&gt;Next&lt;/h2&gt;</content:encoded>"), xml);

        SyndEntry entry = new SyndFeedInput().build(reader(body)).getEntries().get(0);
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        assertEquals(List.of("Min-ji Park", "Daniel Okafor"), dc.getCreators());
        MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaModule.URI);
        MediaContent content = media.getMediaContents()[0];
        assertEquals(n.photo.getUrl(), content.getReference().toString());
        assertEquals("image", content.getMedium());
        assertEquals(1600, content.getWidth());
        assertEquals(900, content.getHeight());
        assertEquals("Kim Ho-seong", content.getMetadata().getCredits()[0].getName());
        assertEquals("© 2019 Test Agency", content.getMetadata().getCopyright());
        assertEquals("Caption of the test photo", content.getMetadata().getDescription());
        // Items without a lead image carry no media:content at all.
        MediaEntryModule none = (MediaEntryModule) new SyndFeedInput().build(reader(body)).getEntries().get(2)
                .getModule(MediaModule.URI);
        assertEquals(0, none == null ? 0 : none.getMediaContents().length);
    }

    @Test
    void atomIsValidAgainstRfc4287WithRfc3339DatesInTheNewsroomOffset() throws Exception {
        Newsroom n = new Newsroom();
        byte[] body = get(FEEDS + "atom/sections/" + n.section.getSlug(), "application/atom+xml");
        assertEquals(List.of(), SyndicationSchemas.atomErrors(body));

        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(reader(body));
        assertEquals("urn:uuid:" + n.section.getId(), atom.getId());
        Entry entry = atom.getEntries().get(0);
        assertEquals(List.of("Min-ji Park", "Daniel Okafor"), entry.getAuthors().stream().map(p -> p.getName()).toList());
        assertEquals("html", entry.getContents().get(0).getType());
        assertEquals("<p>Cranes stood <b>idle</b>.</p><h2>Next</h2>", entry.getContents().get(0).getValue());
        assertEquals("Talks resume on Monday.", entry.getSummary().getValue());
        String xml = new String(body, StandardCharsets.UTF_8);
        assertEquals(true, xml.contains("<published>" + NewsroomTime.seoul(n.newest.getFirstPublishedAt())
                + "</published><updated>" + NewsroomTime.seoul(n.newest.getUpdatedAt()) + "</updated>"), xml);
        assertEquals(true, xml.contains("<updated>" + NewsroomTime.seoul(n.section.getUpdatedAt()) + "</updated>"
                + "<author><name>"), "the feed's updated is its newest change: " + xml);
        assertEquals(true, NewsroomTime.seoul(n.newest.getUpdatedAt()).endsWith("+09:00"));

        MediaEntryModule media = (MediaEntryModule) new SyndFeedInput().build(reader(body)).getEntries().get(0)
                .getModule(MediaModule.URI);
        assertEquals("Kim Ho-seong", media.getMediaContents()[0].getMetadata().getCredits()[0].getName());
    }

    @Test
    void jsonFeedFollowsVersion11() {
        Newsroom n = new Newsroom();
        String self = base + FEEDS + "json/sections/" + n.section.getSlug();
        JsonPath feed = JsonPath.from(new String(get(FEEDS + "json/sections/" + n.section.getSlug(),
                "application/feed+json"), StandardCharsets.UTF_8));
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertEquals(self, feed.getString("feed_url"));
        assertEquals(base + "/" + n.section.getSlug(), feed.getString("home_page_url"));
        assertEquals(List.of(java.util.Map.of("type", "WebSub", "url", HUB)), feed.getList("hubs"));
        assertEquals("Cranes & quays <today>", feed.getString("items[0].title"));
        assertEquals("<p>Cranes stood <b>idle</b>.</p><h2>Next</h2>", feed.getString("items[0].content_html"));
        assertEquals(NewsroomTime.seoul(n.newest.getFirstPublishedAt()), feed.getString("items[0].date_published"));
        assertEquals(NewsroomTime.seoul(n.newest.getUpdatedAt()), feed.getString("items[0].date_modified"));
        assertEquals(n.photo.getUrl(), feed.getString("items[0].image"));
        assertEquals(List.of("Min-ji Park", "Daniel Okafor"), feed.getList("items[0].authors.name"));
        assertEquals(base + "/authors/" + n.author.getSlug(), feed.getString("items[0].authors[0].url"));
        assertEquals(List.of("Harbour", "Cranes"), feed.getList("items[0].tags"));
        assertNull(feed.get("items[0].content_text"));
    }

    @Test
    void aFeedIsRevalidatedWith304AndLinksToItselfAndTheHub() {
        Newsroom n = new Newsroom();
        clock.set(n.now);
        try {
            revalidated(n);
        } finally {
            clock.reset();
        }
    }

    private void revalidated(Newsroom n) {
        for (FeedFormat format : FeedFormat.values()) {
            String path = FEEDS + format.segment() + "/sections/" + n.section.getSlug();
            Response first = api().get(path).then().statusCode(200).extract().response();
            String etag = first.header("ETag");
            assertEquals(true, etag.matches("\"[A-Za-z0-9_-]{22}(-gz)?\""), etag);
            assertEquals(List.of("<" + base + path + ">; rel=\"self\"; type=\"" + format.bareMediaType() + "\"",
                    "<" + HUB + ">; rel=\"hub\""), first.headers().getValues("Link"));
            // The section's scheduled article enters the feed in a day: no cache may serve it stale past then.
            assertEquals("public, max-age=60, stale-while-revalidate=300, stale-if-error=86340",
                    first.header("Cache-Control"));
            assertEquals(true, first.header("Surrogate-Key").contains("article:" + n.newest.getId()));
            api().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
            api().header("If-Modified-Since", first.header("Last-Modified")).get(path).then().statusCode(304);
            // The same bytes again: the tag is a hash of them, so it holds while nothing changes.
            assertEquals(etag, api().get(path).then().statusCode(200).extract().header("ETag"));
        }
        // A feed reader that names only its format is served, not refused for lack of JSON.
        api().header("Accept", "application/atom+xml").get(FEEDS + "atom/sections/" + n.section.getSlug())
                .then().statusCode(200).contentType("application/atom+xml;charset=UTF-8");
    }

    @Test
    void tagAndAuthorFeedsListTheirVisibleArticles() throws Exception {
        Newsroom n = new Newsroom();
        Channel tagFeed = (Channel) new WireFeedInput().build(reader(get(FEEDS + "rss/tags/" + n.tag.getSlug(),
                "application/rss+xml")));
        assertEquals(List.of(urn(n.newest), urn(n.inChild)),
                tagFeed.getItems().stream().map(i -> i.getGuid().getValue()).toList());
        assertEquals("Cranes | " + siteName(), tagFeed.getTitle());

        byte[] atom = get(FEEDS + "atom/authors/" + n.second.getSlug(), "application/atom+xml");
        assertEquals(List.of(), SyndicationSchemas.atomErrors(atom));
        com.rometools.rome.feed.atom.Feed authorFeed = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(reader(atom));
        assertEquals(List.of(urn(n.newest), urn(n.oldest)), authorFeed.getEntries().stream().map(Entry::getId).toList());
        assertEquals("urn:uuid:" + n.second.getId(), authorFeed.getId());

        // Only the draft, scheduled, expired and deleted articles carry the first author alone: none shows.
        JsonPath json = JsonPath.from(new String(get(FEEDS + "json/authors/" + n.author.getSlug(),
                "application/feed+json"), StandardCharsets.UTF_8));
        assertEquals(List.of(urn(n.newest)), json.getList("items.id"));
    }

    @Test
    void theSiteFeedShowsTheNewestArticlesOfTheWholeNewsroomUpToTheLimit() throws Exception {
        // Far ahead of every other test's articles, so the newest of the site are this test's.
        Instant future = Instant.now().plus(7300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Section section = fixtures.section("Site feed");
        Article a = fixtures.article(section).firstPublishedAt(future.minus(3, ChronoUnit.MINUTES)).create();
        Article b = fixtures.article(section).firstPublishedAt(future.minus(2, ChronoUnit.MINUTES)).create();
        Article c = fixtures.article(section).firstPublishedAt(future.minus(1, ChronoUnit.MINUTES)).create();
        fixtures.article(section).firstPublishedAt(future.plus(1, ChronoUnit.MINUTES)).create();
        clock.set(future);
        try {
            byte[] atom = get(FEEDS + "atom?limit=2", "application/atom+xml");
            assertEquals(List.of(), SyndicationSchemas.atomErrors(atom));
            com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                    .build(reader(atom));
            assertEquals(List.of(urn(c), urn(b)), feed.getEntries().stream().map(Entry::getId).toList());
            assertEquals(siteName(), feed.getTitleEx().getValue());
            Channel rss = (Channel) new WireFeedInput().build(reader(get(FEEDS + "rss?limit=3", "application/rss+xml")));
            assertEquals(List.of(urn(c), urn(b), urn(a)), rss.getItems().stream().map(i -> i.getGuid().getValue()).toList());
        } finally {
            clock.reset();
        }
    }

    @Test
    void unknownFeedsAre404AndBadParameters400() {
        api().get(FEEDS + "rss/sections/no-such-section").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("No section 'no-such-section'"));
        api().get(FEEDS + "atom/tags/no-such-tag").then().statusCode(404).body("detail", equalTo("No tag 'no-such-tag'"));
        api().get(FEEDS + "json/authors/no-such-author").then().statusCode(404)
                .body("detail", equalTo("No author 'no-such-author'"));
        api().get(FEEDS + "rdf").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No feed format 'rdf'"));
        api().queryParam("limit", 0).get(FEEDS + "rss").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"))
                .body("errors.parameter", contains("limit"));
        api().queryParam("limit", "many").get(FEEDS + "json").then().statusCode(400)
                .body("errors.parameter", contains("limit"));
        api().queryParam("limit", 101).get(FEEDS + "atom").then().statusCode(400)
                .body("errors.parameter", contains("limit"));
        api().queryParam("page", 2).get(FEEDS + "atom").then().statusCode(400)
                .body("errors.parameter", contains("page"));
    }

    private String siteName() {
        return api().get("/api/v1/site").then().extract().path("name");
    }

    private static InputStreamReader reader(byte[] body) {
        return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
    }
}
