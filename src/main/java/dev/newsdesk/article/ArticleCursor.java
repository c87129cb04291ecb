package dev.newsdesk.article;

import dev.newsdesk.web.paging.CursorCodec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Position after the last item of a page: its sort key and id. Because the next page starts strictly after that
 * position, articles published meanwhile never shift the pages a reader is walking through.
 */
public record ArticleCursor(ArticleSort sort, Instant key, UUID id) {

    public String encode() {
        return CursorCodec.encode(List.of(sort.wireName(), key.toString(), id.toString()));
    }

    /** Decodes a cursor issued for the same sort; any other cursor is an INVALID_CURSOR problem. */
    public static ArticleCursor decode(String cursor, ArticleSort expectedSort) {
        List<String> fields = CursorCodec.decode(cursor, 3);
        if (!expectedSort.wireName().equals(fields.get(0))) {
            throw CursorCodec.invalid();
        }
        try {
            return new ArticleCursor(expectedSort, Instant.parse(fields.get(1)), UUID.fromString(fields.get(2)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw CursorCodec.invalid();
        }
    }
}
