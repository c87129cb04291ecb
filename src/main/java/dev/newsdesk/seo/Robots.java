package dev.newsdesk.seo;

import dev.newsdesk.web.problem.EditorialProblems;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Robots directives (the content of {@code <meta name="robots">} and the X-Robots-Tag header) that a page may carry.
 * Stored as one comma-separated column in the order given; a directive that contradicts another is refused.
 */
public final class Robots {

    /** The directives search engines agree on; anything else would be silently ignored by them. */
    public static final String PATTERN = "^(index|noindex|follow|nofollow|noarchive|nosnippet|noimageindex|notranslate)$";
    public static final String MESSAGE = "must be one of index, noindex, follow, nofollow, noarchive, nosnippet, "
            + "noimageindex, notranslate";
    public static final int MAX_ITEMS = 8;

    private Robots() {
    }

    /** The column value of these (already pattern-checked) directives; null for none. 422 on a contradiction. */
    public static String store(List<String> directives, String pointer) {
        if (directives == null || directives.isEmpty()) {
            return null;
        }
        Set<String> unique = new LinkedHashSet<>(directives);
        if (unique.size() != directives.size()) {
            throw EditorialProblems.unprocessable(pointer, "a directive is listed twice");
        }
        if (unique.contains("index") && unique.contains("noindex")) {
            throw EditorialProblems.unprocessable(pointer, "index and noindex contradict each other");
        }
        if (unique.contains("follow") && unique.contains("nofollow")) {
            throw EditorialProblems.unprocessable(pointer, "follow and nofollow contradict each other");
        }
        return String.join(",", unique);
    }

    /** The directives of a column value; [] for none. */
    public static List<String> read(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
