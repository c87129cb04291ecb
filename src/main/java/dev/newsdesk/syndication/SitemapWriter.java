package dev.newsdesk.syndication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

/** Sitemap protocol 0.9 documents and the Google News extension, written as their rows arrive. */
final class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Google's hreflang annotations in sitemaps: xhtml:link rel="alternate" hreflang href. */
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    record IndexEntry(String loc, OffsetDateTime lastmod) {
    }

    record UrlEntry(String loc, OffsetDateTime lastmod, List<Alternate> alternates) {

        UrlEntry(String loc, OffsetDateTime lastmod) {
            this(loc, lastmod, List.of());
        }
    }

    /** One translation of a URL (itself included), or with x-default the URL for every other language. */
    record Alternate(String hreflang, String href) {
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
        urls(doc, entries, false);
    }

    /** With {@code translated}, the urlset declares the xhtml namespace its entries' alternates are in. */
    static void urls(XmlDocument doc, Stream<UrlEntry> entries, boolean translated) {
        doc.start("urlset").defaultNamespace(SITEMAP);
        if (translated) {
            doc.namespace("xhtml", XHTML);
        }
        entries.forEach(entry -> {
            doc.start("url").element("loc", entry.loc()).element("lastmod", date(entry.lastmod()));
            entry.alternates().forEach(alternate -> doc.emptyIn("xhtml", "link", XHTML, "rel", "alternate",
                    "hreflang", alternate.hreflang(), "href", alternate.href()));
            doc.end();
        });
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
