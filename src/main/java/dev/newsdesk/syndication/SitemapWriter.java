package dev.newsdesk.syndication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

/** Sitemap protocol 0.9 documents and the Google News extension, written as their rows arrive. */
final class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    record IndexEntry(String loc, OffsetDateTime lastmod) {
    }

    record UrlEntry(String loc, OffsetDateTime lastmod) {
    }

    record NewsEntry(String loc, String publication, String language, OffsetDateTime published, String title) {
    }

    private SitemapWriter() {
    }

    static void index(XmlDocument doc, List<IndexEntry> entries) {
        doc.start("sitemapindex").defaultNamespace(SITEMAP);
        for (IndexEntry entry : entries) {
            doc.start("sitemap").element("loc", entry.loc()).element("lastmod", date(entry.lastmod())).end();
        }
        doc.end();
    }

    static void urls(XmlDocument doc, Stream<UrlEntry> entries) {
        doc.start("urlset").defaultNamespace(SITEMAP);
        entries.forEach(entry -> doc.start("url").element("loc", entry.loc())
                .element("lastmod", date(entry.lastmod())).end());
        doc.end();
    }

    static void news(XmlDocument doc, Stream<NewsEntry> entries) {
        doc.start("urlset").defaultNamespace(SITEMAP).namespace("news", NEWS);
        entries.forEach(entry -> doc.start("url").element("loc", entry.loc())
                .start("news", "news", NEWS)
                .start("news", "publication", NEWS)
                .element("news", "name", NEWS, entry.publication())
                .element("news", "language", NEWS, entry.language())
                .end()
                .element("news", "publication_date", NEWS, date(entry.published()))
                .element("news", "title", NEWS, entry.title())
                .end()
                .end());
        doc.end();
    }

    /** W3C Datetime with seconds and the newsroom's offset; sitemaps need no fractions. */
    private static String date(OffsetDateTime time) {
        return time == null ? null : FeedDates.rfc3339(time);
    }
}
