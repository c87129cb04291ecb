package dev.newsdesk.syndication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): absent values are left out, as the spec prefers. */
final class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {
    }

    static byte[] write(Feed feed, ObjectMapper json) {
        List<Hub> hubs = feed.hub() == null ? null : List.of(new Hub("WebSub", feed.hub()));
        JsonFeed document = new JsonFeed(VERSION, feed.title(), feed.link(), feed.selfUrl(), feed.description(),
                feed.language(), hubs, List.of(new Author(feed.publisher(), null)),
                feed.items().stream().map(JsonFeedWriter::item).toList());
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON Feed could not be written", e);
        }
    }

    private static Item item(Feed.Item item) {
        // content_html or content_text is required: the standfirst (or else the headline) in a summary feed.
        String text = item.html() != null ? null : item.summary() != null ? item.summary() : item.title();
        return new Item(item.id(), item.link(), item.title(), item.html(), text, item.summary(),
                item.image() == null ? null : item.image().url(), FeedDates.rfc3339(item.published()),
                FeedDates.rfc3339(item.updated()),
                item.authors().stream().map(a -> new Author(a.name(), a.url())).toList(),
                tags(item), item.language());
    }

    private static List<String> tags(Feed.Item item) {
        List<String> tags = new java.util.ArrayList<>();
        tags.add(item.section());
        tags.addAll(item.tags());
        return tags;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                    @JsonProperty("feed_url") String feedUrl, String description, String language, List<Hub> hubs,
                    List<Author> authors, List<Item> items) {
    }

    record Hub(String type, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String name, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
                @JsonProperty("content_text") String contentText, String summary, String image,
                @JsonProperty("date_published") String datePublished,
                @JsonProperty("date_modified") String dateModified, List<Author> authors, List<String> tags,
                String language) {
    }
}
