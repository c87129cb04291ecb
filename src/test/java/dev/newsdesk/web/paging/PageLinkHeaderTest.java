package dev.newsdesk.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.newsdesk.web.request.Shaped;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which answers are pages, whose links go into the Link header, and how those links are made. */
class PageLinkHeaderTest {

    record SomePage(List<String> data, PageMeta meta, PageLinks links) {
    }

    record NotAPage(String links) {
    }

    private static final PageLinks LINKS = new PageLinks("/api/v1/things?limit=2", "/api/v1/things?limit=2&cursor=c");

    @Test
    void aPageRecordShapedOrNotHasLinks() {
        SomePage page = new SomePage(List.of("a"), new PageMeta(2, "c"), LINKS);
        assertEquals(LINKS, PageLinkHeader.linksOf(page));
        assertEquals(LINKS, PageLinkHeader.linksOf(Shaped.as(page, JsonNodeFactory.instance.objectNode())));
        assertEquals(LINKS, PageLinkHeader.linksOf(Shaped.asIs(page)));
    }

    @Test
    void otherAnswersHaveNone() {
        assertNull(PageLinkHeader.linksOf(null));
        assertNull(PageLinkHeader.linksOf("a string"));
        assertNull(PageLinkHeader.linksOf(new NotAPage("</x>; rel=\"self\"")));
        assertNull(PageLinkHeader.linksOf(List.of(LINKS)));
    }

    @Test
    void linksKeepTheRawQueryAndPutTheNextCursorLast() {
        PageAddress at = new PageAddress(URI.create("http://api.example/api/v1/articles?tag=a&cursor=old&limit=2"));
        assertEquals(new PageLinks("/api/v1/articles?tag=a&cursor=old&limit=2",
                "/api/v1/articles?tag=a&limit=2&cursor=next"), at.links("next"));
        assertEquals(new PageLinks("/api/v1/articles", null),
                new PageAddress(URI.create("http://api.example/api/v1/articles")).links(null));
        assertEquals("/api/v1/articles?cursor=abc",
                new PageAddress(URI.create("http://api.example/api/v1/articles")).links("abc").next());
    }
}
