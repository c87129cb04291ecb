package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.Author;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * newsdesk.syndication.feeds.content=summary through HTTP: every format carries the standfirst and no body (RSS
 * without content:encoded, Atom without content, JSON Feed with content_text instead of content_html), whole
 * documents compared byte for byte and Atom checked against RFC 4287's grammar.
 */
@QuarkusTest
@TestProfile(SummaryFeedsTest.SummaryContent.class)
class SummaryFeedsTest {

    public static class SummaryContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.newsdesk.syndication.feeds.content", "summary",
                    // An in-memory H2 database of its own: one left by the previous Quarkus start belongs to its class loader.
                    "%test.newsdesk-db.url.h2", "jdbc:h2:mem:summaryfeeds;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
        }
    }

    private static final String HUB = "http://127.0.0.1:18391/websub-hub";
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final ZoneOffset SEOUL = ZoneOffset.ofHours(9);

    @Inject
    Fixtures fixtures;

    @Test
    void everyFormatCarriesTheStandfirstAndNoBody() {
        String base = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
        String site = api().get("/api/v1/site").then().statusCode(200).extract().path("name");
        Section section = fixtures.section("Summary desk");
        Author author = fixtures.author("Summary Writer");
        Instant published = Instant.parse("2019-04-25T09:38:40Z");
        Instant updated = Instant.parse("2019-04-25T12:08:35Z");
        Article article = fixtures.article(section).headline("Port strike enters second week")
                .standfirst("Talks resume on Monday.").firstPublishedAt(published).updatedAt(updated).authors(author)
                .body(new BodyBlock.Paragraph("Cranes stood <b>idle</b>.")).create();
        // The feed was last updated when its author was (created just now, after the article's dates).
        Instant feedUpdated = author.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS);
        String path = "/api/v1/feeds/%s/authors/" + author.getSlug();
        String page = base + "/" + section.getSlug() + "/" + article.getSlug();
        String authorPage = base + "/authors/" + author.getSlug();
        String id = "urn:uuid:" + article.getId();

        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                + "xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
                + "<title>Summary Writer | " + site + "</title><link>" + authorPage + "</link>"
                + "<description>The newest articles by Summary Writer</description><language>en</language>"
                + "<lastBuildDate>" + RFC_822.format(feedUpdated.atOffset(SEOUL)) + "</lastBuildDate>"
                + "<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"" + base + path.formatted("rss") + "\"/>"
                + "<atom:link rel=\"hub\" href=\"" + HUB + "\"/>"
                + "<item><title>Port strike enters second week</title><link>" + page + "</link>"
                + "<description>Talks resume on Monday.</description>"
                + "<guid isPermaLink=\"false\">" + id + "</guid><pubDate>Thu, 25 Apr 2019 18:38:40 +0900</pubDate>"
                + "<dc:creator>Summary Writer</dc:creator><category>Summary desk</category></item></channel></rss>";
        assertEquals(rss, body(path.formatted("rss"), "application/rss+xml"));

        String atom = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
                + "xmlns:media=\"http://search.yahoo.com/mrss/\" xml:lang=\"en\"><id>urn:uuid:" + author.getId()
                + "</id><title>Summary Writer | " + site + "</title>"
                + "<subtitle>The newest articles by Summary Writer</subtitle>"
                + "<updated>" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(feedUpdated.atOffset(SEOUL))
                + "</updated><author><name>" + site + "</name></author>"
                + "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + base + path.formatted("atom") + "\"/>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"" + authorPage + "\"/>"
                + "<link rel=\"hub\" href=\"" + HUB + "\"/>"
                + "<entry><id>" + id + "</id><title>Port strike enters second week</title>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"" + page + "\"/>"
                + "<published>2019-04-25T18:38:40+09:00</published><updated>2019-04-25T21:08:35+09:00</updated>"
                + "<author><name>Summary Writer</name><uri>" + authorPage + "</uri></author>"
                + "<category term=\"Summary desk\"/><summary>Talks resume on Monday.</summary></entry></feed>";
        String atomBody = body(path.formatted("atom"), "application/atom+xml");
        assertEquals(atom, atomBody);
        assertEquals(List.of(), SyndicationSchemas.atomErrors(atomBody.getBytes(StandardCharsets.UTF_8)));

        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Summary Writer | " + site
                + "\",\"home_page_url\":\"" + authorPage + "\",\"feed_url\":\"" + base + path.formatted("json")
                + "\",\"description\":\"The newest articles by Summary Writer\",\"language\":\"en\","
                + "\"hubs\":[{\"type\":\"WebSub\",\"url\":\"" + HUB + "\"}],\"authors\":[{\"name\":\"" + site
                + "\"}],\"items\":[{\"id\":\"" + id + "\",\"url\":\"" + page + "\","
                + "\"title\":\"Port strike enters second week\",\"content_text\":\"Talks resume on Monday.\","
                + "\"summary\":\"Talks resume on Monday.\",\"date_published\":\"2019-04-25T18:38:40+09:00\","
                + "\"date_modified\":\"2019-04-25T21:08:35+09:00\",\"authors\":[{\"name\":\"Summary Writer\","
                + "\"url\":\"" + authorPage + "\"}],\"tags\":[\"Summary desk\"],\"language\":\"en\"}]}";
        assertEquals(json, body(path.formatted("json"), "application/feed+json"));
    }

    private static String body(String path, String mediaType) {
        return new String(api().get(path).then().statusCode(200).contentType(mediaType + ";charset=UTF-8").extract()
                .asByteArray(), StandardCharsets.UTF_8);
    }
}
