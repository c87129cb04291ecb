package dev.newsdesk.web.paging;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Cursor of a list ordered by an instant, then the id (the editorial lists: last update, creation): the pair of the
 * last item of a page, and the list's name, so a cursor of another list is refused.
 */
public record InstantIdCursor(Instant at, UUID id) {

    public String encode(String list) {
        return CursorCodec.encode(List.of(list, at.toString(), id.toString()));
    }

    /** The position to continue after; a cursor of another list, or not one at all, is INVALID_CURSOR. */
    public static InstantIdCursor decode(String list, String cursor) {
        List<String> fields = CursorCodec.decode(cursor, 3);
        if (!list.equals(fields.get(0))) {
            throw CursorCodec.invalid();
        }
        try {
            return new InstantIdCursor(Instant.parse(fields.get(1)), UUID.fromString(fields.get(2)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw CursorCodec.invalid();
        }
    }
}
