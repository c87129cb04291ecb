package dev.newsdesk.syndication;

import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.media.api.MediaResponse;
import java.util.List;

/**
 * An article body as one HTML fragment for feed readers. Block text is the API's sanitized inline HTML (b, i, em,
 * strong, a) and goes in as it is; everything this class adds itself (captions, attributions, URLs) is escaped.
 */
final class FeedBodyHtml {

    private FeedBodyHtml() {
    }

    static String of(List<BodyBlock> body) {
        StringBuilder html = new StringBuilder();
        for (BodyBlock block : body) {
            if (block instanceof BodyBlock.Paragraph p) {
                html.append("<p>").append(p.html()).append("</p>");
            } else if (block instanceof BodyBlock.Heading h) {
                html.append("<h").append(h.level()).append('>').append(h.html())
                        .append("</h").append(h.level()).append('>');
            } else if (block instanceof BodyBlock.Quote q) {
                html.append("<blockquote><p>").append(q.html()).append("</p>");
                if (q.attribution() != null) {
                    html.append("<footer>").append(escape(q.attribution())).append("</footer>");
                }
                html.append("</blockquote>");
            } else if (block instanceof BodyBlock.ListBlock l) {
                String tag = l.ordered() ? "ol" : "ul";
                html.append('<').append(tag).append('>');
                l.items().forEach(item -> html.append("<li>").append(item).append("</li>"));
                html.append("</").append(tag).append('>');
            } else if (block instanceof BodyBlock.Image i) {
                image(html, i);
            }
        }
        return html.toString();
    }

    /** A figure; an image whose media asset is gone (or not an image) is left out rather than shown broken. */
    private static void image(StringBuilder html, BodyBlock.Image block) {
        MediaResponse media = block.media();
        if (media == null) {
            return;
        }
        html.append("<figure><img src=\"").append(escape(media.url())).append('"');
        if (media.altText() != null) {
            html.append(" alt=\"").append(escape(media.altText())).append('"');
        }
        if (media.width() != null && media.height() != null) {
            html.append(" width=\"").append(media.width()).append("\" height=\"").append(media.height()).append('"');
        }
        html.append('>');
        String caption = block.caption() != null ? block.caption() : media.caption();
        if (caption != null || media.creditLine() != null) {
            html.append("<figcaption>");
            if (caption != null) {
                html.append(escape(caption));
            }
            if (media.creditLine() != null) {
                html.append(caption != null ? " " : "").append("<small>").append(escape(media.creditLine()))
                        .append("</small>");
            }
            html.append("</figcaption>");
        }
        html.append("</figure>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
