package dev.newsdesk.syndication;

/**
 * RSS 2.0 with the modules feed readers and aggregators read: Dublin Core for the byline (dc:creator, one per
 * author), content:encoded for the full body, Media RSS for the lead image (media:content with its size, credit
 * and copyright) and atom:link for rel="self", the WebSub hub and the other editions' feeds (rel="alternate"
 * hreflang).
 */
final class RssFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";

    private RssFeedWriter() {
    }

    static byte[] write(Feed feed) {
        return XmlDocument.bytes(doc -> {
            doc.start("rss").attribute("version", "2.0")
                    .namespace("atom", ATOM).namespace("dc", DC).namespace("content", CONTENT)
                    .namespace("media", MEDIA);
            doc.start("channel")
                    .element("title", feed.title())
                    .element("link", feed.link())
                    .element("description", feed.description())
                    .element("language", feed.language())
                    .element("lastBuildDate", FeedDates.rfc822(feed.updated()))
                    .emptyIn("atom", "link", ATOM, "rel", "self", "type", FeedFormat.RSS.bareMediaType(),
                            "href", feed.selfUrl());
            if (feed.hub() != null) {
                doc.emptyIn("atom", "link", ATOM, "rel", "hub", "href", feed.hub());
            }
            feed.alternates().forEach(alternate -> doc.emptyIn("atom", "link", ATOM, "rel", "alternate",
                    "hreflang", alternate.language(), "type", FeedFormat.RSS.bareMediaType(), "href", alternate.url()));
            feed.items().forEach(item -> item(doc, item));
            doc.end().end();
        });
    }

    private static void item(XmlDocument doc, Feed.Item item) {
        doc.start("item")
                .element("title", item.title())
                .element("link", item.link())
                .element("description", item.summary());
        if (item.html() != null) {
            doc.element("content", "encoded", CONTENT, item.html());
        }
        doc.start("guid").attribute("isPermaLink", "false").text(item.id()).end()
                .element("pubDate", FeedDates.rfc822(item.published()));
        item.authors().forEach(author -> doc.element("dc", "creator", DC, author.name()));
        doc.element("category", item.section());
        item.tags().forEach(tag -> doc.element("category", tag));
        if (item.image() != null) {
            media(doc, item.image());
        }
        doc.end();
    }

    static void media(XmlDocument doc, Feed.Image image) {
        doc.start("media", "content", MEDIA).attribute("url", image.url()).attribute("medium", image.medium())
                .attribute("width", image.width() == null ? null : image.width().toString())
                .attribute("height", image.height() == null ? null : image.height().toString());
        if (image.caption() != null) {
            doc.start("media", "description", MEDIA).attribute("type", "plain").text(image.caption()).end();
        }
        doc.element("media", "credit", MEDIA, image.credit())
                .element("media", "copyright", MEDIA, image.copyright())
                .end();
    }
}
