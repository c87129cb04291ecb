package dev.newsdesk.syndication;

import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sitemaps for search engines (sitemaps.org protocol 0.9 and the Google News extension), as application/xml. */
@Path("/api/v1/sitemaps")
@Tag(name = "Sitemaps")
// The Link header of every answer (rel="self") is documented by web/openapi/ContractFilter for all of them.
public class SitemapResource {

    static final String XML = "application/xml";
    static final String INDEX_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap>"
            + "<loc>https://news.example.com/api/v1/sitemaps/pages.xml</loc>"
            + "<lastmod>2019-04-25T09:00:00+09:00</lastmod></sitemap><sitemap>"
            + "<loc>https://news.example.com/api/v1/sitemaps/articles/2019-04.xml</loc>"
            + "<lastmod>2019-04-25T21:08:35+09:00</lastmod></sitemap><sitemap>"
            + "<loc>https://news.example.com/api/v1/sitemaps/news.xml</loc></sitemap></sitemapindex>";
    static final String PAGES_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://news.example.com/</loc></url>"
            + "<url><loc>https://news.example.com/international</loc></url></urlset>";
    static final String URLSET_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><url>"
            + "<loc>https://news.example.com/international/port-strike-enters-second-week</loc>"
            + "<lastmod>2019-04-25T21:08:35+09:00</lastmod>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"en\" "
            + "href=\"https://news.example.com/international/port-strike-enters-second-week\"/>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"ko\" "
            + "href=\"https://news.example.com/international/port-strike-enters-second-week-ko\"/>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" "
            + "href=\"https://news.example.com/international/port-strike-enters-second-week\"/></url></urlset>";
    static final String NEWS_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url>"
            + "<loc>https://news.example.com/international/port-strike-enters-second-week</loc><news:news>"
            + "<news:publication><news:name>Newsdesk</news:name><news:language>en</news:language></news:publication>"
            + "<news:publication_date>2019-04-25T18:38:40+09:00</news:publication_date>"
            + "<news:title>Port strike enters second week</news:title></news:news></url></urlset>";

    private final SitemapService sitemaps;

    public SitemapResource(SitemapService sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GET
    @Path("index.xml")
    @Operation(operationId = "getSitemapIndex", summary = "Sitemap index",
            description = "The front pages' sitemap (always there, so the index is never empty), every monthly "
                    + "article sitemap (months in the newsroom's time zone; a month with more URLs "
                    + "than one file may hold is split into ?page=2, 3 ...) with its lastmod, then the Google News "
                    + "sitemap. Point robots.txt or the search console at it.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org 0.9 sitemap index.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING), example = INDEX_EXAMPLE))
    public Response index() {
        return answer(sitemaps.index());
    }

    @GET
    @Path("pages.xml")
    @Operation(operationId = "getPagesSitemap", summary = "Sitemap of the front pages",
            description = "The site's home page and every section's page, with their canonical URLs and no lastmod "
                    + "(a front page changes with every article it lists). Every newsroom has one, even before its "
                    + "first article, so the index is never empty.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org 0.9 urlset.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING), example = PAGES_EXAMPLE))
    public Response pages() {
        return answer(sitemaps.pages());
    }

    @GET
    @Path("articles/{month}.xml")
    @Operation(operationId = "getMonthSitemap", summary = "Sitemap of one month's articles",
            description = "The visible articles published in one month, oldest first, with their canonical URL and "
                    + "lastmod (last update). At most newsdesk.syndication.sitemaps.max-urls URLs (50,000) and "
                    + "max-bytes (50 MB) per file; the index lists the pages a month has. On a site with several "
                    + "editions every URL of a translation group carries Google's hreflang annotations: one "
                    + "xhtml:link rel=\"alternate\" per visible member of the group (itself included, in any month), "
                    + "then hreflang=\"x-default\", the same set from each member, as the article's alternates; "
                    + "a URL without translations has none. The per-file URL count then leaves room for them. No "
                    + "Content-Language: a sitemap lists every edition.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org 0.9 urlset.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING), example = URLSET_EXAMPLE))
    public Response month(
            @Parameter(description = "The month, yyyy-MM, in the newsroom's time zone.", example = "2019-04")
            @PathParam("month") String month,
            @Parameter(description = "Page of the month, from 1; the index lists the pages there are.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page) {
        RequestParams params = new RequestParams();
        int number = params.intInRange("page", page, 1, 1, Integer.MAX_VALUE);
        params.throwIfInvalid();
        return answer(sitemaps.month(parseMonth(month), number));
    }

    @GET
    @Path("news.xml")
    @Operation(operationId = "getNewsSitemap", summary = "Google News sitemap",
            description = "Visible articles first published in the last 48 hours, newest first, at most 1,000, with "
                    + "the publication's name and the article's language, publication date and title. A 404 while "
                    + "there is none (the index then leaves it out). Every edition's articles, each with its own "
                    + "news:language; no Content-Language.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org 0.9 urlset with Google News 0.9 elements.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING), example = NEWS_EXAMPLE))
    // A urlset must hold a URL: while nothing was first published in the last 48 hours there is no news sitemap.
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response news() {
        return answer(sitemaps.news());
    }

    private static YearMonth parseMonth(String month) {
        try {
            if (month.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw ProblemException.badParameter("month", "must be a month as yyyy-MM, such as 2019-04");
    }

    private static Response answer(Syndicated sitemap) {
        Response.ResponseBuilder response = Response.ok(sitemap.body(), sitemap.body().mediaType());
        sitemap.links().forEach(link -> response.header("Link", link));
        return response.build();
    }
}
