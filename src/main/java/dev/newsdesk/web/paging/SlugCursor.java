package dev.newsdesk.web.paging;

import java.util.List;

/** Cursor of a list ordered by slug (authors, tags): the last slug of the page; the next page starts after it. */
public final class SlugCursor {

    private SlugCursor() {
    }

    public static String encode(String list, String lastSlug) {
        return CursorCodec.encode(List.of(list, lastSlug));
    }

    /** The slug to continue after, or null without a cursor; a cursor of another list is INVALID_CURSOR. */
    public static String decode(String list, String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> fields = CursorCodec.decode(cursor, 2);
        if (!list.equals(fields.get(0)) || fields.get(1).isEmpty()) {
            throw CursorCodec.invalid();
        }
        return fields.get(1);
    }
}
