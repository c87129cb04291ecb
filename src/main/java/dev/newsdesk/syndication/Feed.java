package dev.newsdesk.syndication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One feed, whatever its format: every writer renders exactly these values, so RSS, Atom and JSON Feed carry the
 * same items with the same ids and dates. Times are in the newsroom's offset already.
 *
 * @param id       permanent id of the feed: a URN of the followed entity's UUID, never a slug
 * @param link     the site page the feed follows
 * @param selfUrl  where this feed (this format) is fetched
 * @param hub      the WebSub hub, or null
 * @param updated  latest change among the items and the followed entity: the same for the same content
 * @param language the edition the feed is in (its items' language)
 * @param alternates every edition's feed of the same scope and format (this one included); [] with one edition
 */
public record Feed(String id, String title, String description, String language, String link, String selfUrl,
                   String hub, String publisher, OffsetDateTime updated, List<Item> items,
                   List<Alternate> alternates) {

    /** The feed of another edition: its language (hreflang) and URL. */
    public record Alternate(String language, String url) {
    }

    /**
     * @param html      the body as HTML in a full-content feed, null in a summary feed
     * @param summary   the standfirst, or null when the article has none
     * @param published first publication (when readers first saw it)
     */
    public record Item(UUID articleId, String title, String link, String summary, String html,
                       OffsetDateTime published, OffsetDateTime updated, List<Person> authors, String section,
                       List<String> tags, String language, Image image) {

        /** The permanent id: a URN of the article's UUID, which survives slug and section changes. */
        public String id() {
            return "urn:uuid:" + articleId;
        }
    }

    public record Person(String name, String url) {
    }

    /** The lead image, as Media RSS describes it. Width, height, credit, copyright and caption may be null. */
    public record Image(String url, String medium, Integer width, Integer height, String caption, String credit,
                       String copyright) {
    }
}
