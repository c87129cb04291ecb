package dev.newsdesk.article;

import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.text.RichText;
import java.util.List;

/** Body blocks as they are stored: inline HTML cleaned, captions and attributions plain text. */
final class BodySanitizer {

    private BodySanitizer() {
    }

    static List<BodyBlock> sanitize(List<BodyBlock> body) {
        return body.stream().map(BodySanitizer::sanitize).toList();
    }

    private static BodyBlock sanitize(BodyBlock block) {
        if (block instanceof BodyBlock.Paragraph p) {
            return new BodyBlock.Paragraph(RichText.html(p.html()));
        }
        if (block instanceof BodyBlock.Heading h) {
            return new BodyBlock.Heading(h.level(), RichText.html(h.html()));
        }
        if (block instanceof BodyBlock.Quote q) {
            return new BodyBlock.Quote(RichText.html(q.html()), RichText.plain(q.attribution()));
        }
        if (block instanceof BodyBlock.ListBlock l) {
            return new BodyBlock.ListBlock(l.ordered(), l.items().stream().map(RichText::html).toList());
        }
        if (block instanceof BodyBlock.Media player) {
            return new BodyBlock.Media(player.mediaId(), RichText.plain(player.caption()), null);
        }
        BodyBlock.Image image = (BodyBlock.Image) block;
        return new BodyBlock.Image(image.mediaId(), RichText.plain(image.caption()), null);
    }
}
