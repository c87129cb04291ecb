package dev.newsdesk.web.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A keyset page as repositories read it: limit + 1 rows, where the extra row only says that a next page exists.
 * The page ends at {@link #last()}, whose sort key becomes the next page's cursor.
 */
public record PageWindow<T>(List<T> items, boolean more) {

    public static <T> PageWindow<T> of(List<T> rows, int limit) {
        boolean more = rows.size() > limit;
        return new PageWindow<>(more ? rows.subList(0, limit) : rows, more);
    }

    /** The cursor after this page's last row, or null when no page follows. */
    public <C> C next(Function<T, C> cursorAfter) {
        return more ? cursorAfter.apply(items.get(items.size() - 1)) : null;
    }
}
