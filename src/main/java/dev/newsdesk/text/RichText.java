package dev.newsdesk.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans what editors send before it is stored: body HTML keeps only inline formatting and http(s)/mailto links
 * (jsoup's allow-list drops script, style, event-handler attributes and javascript: URLs), and plain-text fields
 * lose every tag. Front ends can then render body HTML as it comes.
 */
public final class RichText {

    private static final Safelist INLINE = Safelist.none()
            .addTags("b", "strong", "i", "em", "a", "br", "sub", "sup")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener nofollow");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    public static String html(String html) {
        return html == null ? null : Jsoup.clean(html, "", INLINE, COMPACT).strip();
    }

    /**
     * Text without any markup; script and style contents are dropped, not shown. Parsing decodes entities, so
     * {@code &lt;script&gt;} would come out as a tag: the text is parsed again until it stays the same, and then no
     * tag is left in it, whether it was sent as markup or as entities (a lone {@code <} as in "a < b" stays).
     */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        String current = text;
        // Each round removes one level of entity encoding; the bound only stops a pathological input.
        for (int round = 0; round < 10; round++) {
            String next = Jsoup.parseBodyFragment(current).text();
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return "";
    }
}
