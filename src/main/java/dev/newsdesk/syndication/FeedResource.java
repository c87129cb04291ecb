package dev.newsdesk.syndication;

import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feeds for feed readers and aggregators: RSS 2.0, Atom and JSON Feed 1.1 of the site, a section, a tag or an
 * author. The format is part of the URL, so every format is cached and revalidated as its own representation.
 */
@Path("/api/v1/feeds/{format}")
@Tag(name = "Feeds")
// Every operation answers the same way, whatever the feed follows; the Link header (rel="self", rel="hub") is
// documented by web/openapi/ContractFilter for every feed and sitemap.
@APIResponse(responseCode = "200", description = FeedResource.OK, content = {
        @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING),
                example = FeedResource.RSS_EXAMPLE),
        @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING),
                example = FeedResource.ATOM_EXAMPLE),
        @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT,
                description = "A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/)."),
                example = FeedResource.JSON_EXAMPLE)})
public class FeedResource {

    static final String OK = "The newest visible articles, in the format of the URL. Items carry permanent ids "
            + "(urn:uuid: of the article), RFC 822 dates in RSS and RFC 3339 in Atom and JSON Feed, in the newsroom's "
            + "offset, and the whole body or only the standfirst (newsdesk.syndication.feeds.content). One edition "
            + "per feed (lang, else the default edition): its articles only, its language declared (RSS language, "
            + "Atom xml:lang, JSON Feed language, Content-Language), its title in that edition, and on a site with "
            + "several editions every edition's feed named as an alternate (atom:link / link rel=\"alternate\" "
            + "hreflang, and Link headers).";

    static final String RSS_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
            + "xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
            + "<channel><title>Newsdesk</title><link>https://news.example.com/</link>"
            + "<description>The newest articles of Newsdesk</description><language>en</language>"
            + "<lastBuildDate>Thu, 25 Apr 2019 21:08:35 +0900</lastBuildDate>"
            + "<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://news.example.com/api/v1/feeds/rss\"/>"
            + "<atom:link rel=\"alternate\" hreflang=\"en\" type=\"application/rss+xml\" "
            + "href=\"https://news.example.com/api/v1/feeds/rss?lang=en\"/>"
            + "<atom:link rel=\"alternate\" hreflang=\"ko\" type=\"application/rss+xml\" "
            + "href=\"https://news.example.com/api/v1/feeds/rss?lang=ko\"/>"
            + "<item><title>Port strike enters second week</title>"
            + "<link>https://news.example.com/international/port-strike-enters-second-week</link>"
            + "<description>Talks resume on Monday.</description>"
            + "<guid isPermaLink=\"false\">urn:uuid:7b0e3c1a-5f43-4e8e-9a53-2d0b9f1c6a10</guid>"
            + "<pubDate>Thu, 25 Apr 2019 18:38:40 +0900</pubDate><dc:creator>Min-ji Park</dc:creator>"
            + "<category>International</category><media:content url=\"https://media.example.com/port.jpg\" "
            + "medium=\"image\" width=\"1600\" height=\"900\"><media:credit>Kim Ho-seong</media:credit>"
            + "<media:copyright>© 2019 Newsdesk</media:copyright></media:content></item></channel></rss>";
    static final String ATOM_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed "
            + "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><id>urn:uuid:2c5a3cd8-5c9e-3b4e-8d0e-5f1f7e3a9b21</id>"
            + "<title>Newsdesk</title><updated>2019-04-25T21:08:35+09:00</updated><author><name>Newsdesk</name></author>"
            + "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://news.example.com/api/v1/feeds/atom\"/>"
            + "<entry><id>urn:uuid:7b0e3c1a-5f43-4e8e-9a53-2d0b9f1c6a10</id><title>Port strike enters second week</title>"
            + "<link rel=\"alternate\" type=\"text/html\" "
            + "href=\"https://news.example.com/international/port-strike-enters-second-week\"/>"
            + "<published>2019-04-25T18:38:40+09:00</published><updated>2019-04-25T21:08:35+09:00</updated>"
            + "<summary>Talks resume on Monday.</summary></entry></feed>";
    static final String JSON_EXAMPLE = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Newsdesk\","
            + "\"home_page_url\":\"https://news.example.com/\",\"feed_url\":\"https://news.example.com/api/v1/feeds/json\","
            + "\"items\":[{\"id\":\"urn:uuid:7b0e3c1a-5f43-4e8e-9a53-2d0b9f1c6a10\","
            + "\"url\":\"https://news.example.com/international/port-strike-enters-second-week\","
            + "\"title\":\"Port strike enters second week\",\"content_html\":\"<p>Cranes stood idle.</p>\","
            + "\"date_published\":\"2019-04-25T18:38:40+09:00\",\"date_modified\":\"2019-04-25T21:08:35+09:00\"}]}";

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Operation(operationId = "getSiteFeed", summary = "Feed of the whole site",
            description = "The newest articles of the newsroom as RSS 2.0, Atom or JSON Feed 1.1.")
    public Response site(@BeanParam FeedParams params) {
        return answer(params, FeedScope.SITE);
    }

    @GET
    @Path("sections/{slug}")
    @Operation(operationId = "getSectionFeed", summary = "Feed of a section",
            description = "The newest articles of a section and its direct subsections, as its article list shows "
                    + "them; a 404 for an unknown section.")
    public Response section(@BeanParam FeedParams params,
                            @Parameter(description = "The section's slug.", example = "international")
                            @PathParam("slug") String slug) {
        return answer(params, new FeedScope(FeedScope.Kind.SECTION, slug));
    }

    @GET
    @Path("tags/{slug}")
    @Operation(operationId = "getTagFeed", summary = "Feed of a tag",
            description = "The newest articles carrying a tag; a 404 for an unknown tag.")
    public Response tag(@BeanParam FeedParams params,
                        @Parameter(description = "The tag's slug.", example = "busan")
                        @PathParam("slug") String slug) {
        return answer(params, new FeedScope(FeedScope.Kind.TAG, slug));
    }

    @GET
    @Path("authors/{slug}")
    @Operation(operationId = "getAuthorFeed", summary = "Feed of an author",
            description = "The newest articles with the author in the byline; a 404 for an unknown author.")
    public Response author(@BeanParam FeedParams params,
                           @Parameter(description = "The author's slug.", example = "min-ji-park")
                           @PathParam("slug") String slug) {
        return answer(params, new FeedScope(FeedScope.Kind.AUTHOR, slug));
    }

    private Response answer(FeedParams request, FeedScope scope) {
        FeedFormat format = FeedFormat.fromSegment(request.format);
        RequestParams params = new RequestParams();
        int size = params.intInRange("limit", request.limit, feeds.defaultSize(), 1, 100);
        FeedEdition edition = feeds.edition(params, request.lang);
        params.throwIfInvalid();
        Syndicated feed = feeds.feed(format, scope, size, edition);
        Response.ResponseBuilder response = Response.ok(feed.body(), feed.body().mediaType());
        feed.links().forEach(link -> response.header("Link", link));
        return response.build();
    }
}
