package dev.newsdesk.syndication;

/**
 * Atom (RFC 4287). The feed names the publisher as its author, so entries without a byline stay valid (section
 * 4.1.1); the full body goes in content type="html", the standfirst in summary, the lead image as Media RSS.
 */
final class AtomFeedWriter {

    private AtomFeedWriter() {
    }

    static byte[] write(Feed feed) {
        return XmlDocument.bytes(doc -> {
            doc.start("feed").defaultNamespace(RssFeedWriter.ATOM).namespace("media", RssFeedWriter.MEDIA)
                    .attribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.language())
                    .element("id", feed.id())
                    .element("title", feed.title())
                    .element("subtitle", feed.description())
                    .element("updated", FeedDates.rfc3339(feed.updated()))
                    .start("author").element("name", feed.publisher()).end()
                    .empty("link", "rel", "self", "type", FeedFormat.ATOM.bareMediaType(), "href", feed.selfUrl())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", feed.link());
            if (feed.hub() != null) {
                doc.empty("link", "rel", "hub", "href", feed.hub());
            }
            // Unique per (type, hreflang), as RFC 4287 4.1.1 wants beside the text/html alternate.
            feed.alternates().forEach(alternate -> doc.empty("link", "rel", "alternate", "type",
                    FeedFormat.ATOM.bareMediaType(), "hreflang", alternate.language(), "href", alternate.url()));
            feed.items().forEach(item -> entry(doc, item));
            doc.end();
        });
    }

    private static void entry(XmlDocument doc, Feed.Item item) {
        doc.start("entry")
                .element("id", item.id())
                .element("title", item.title())
                .empty("link", "rel", "alternate", "type", "text/html", "href", item.link())
                .element("published", FeedDates.rfc3339(item.published()))
                .element("updated", FeedDates.rfc3339(item.updated()));
        item.authors().forEach(author -> {
            doc.start("author").element("name", author.name()).element("uri", author.url()).end();
        });
        doc.empty("category", "term", item.section());
        item.tags().forEach(tag -> doc.empty("category", "term", tag));
        doc.element("summary", item.summary());
        if (item.html() != null) {
            doc.start("content").attribute("type", "html").text(item.html()).end();
        }
        if (item.image() != null) {
            RssFeedWriter.media(doc, item.image());
        }
        doc.end();
    }
}
