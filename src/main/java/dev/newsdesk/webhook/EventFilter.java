package dev.newsdesk.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An endpoint's event filter: exact event types ({@code article.published}) or every event of an item type
 * ({@code article.*}); no entry at all means every event.
 */
final class EventFilter {

    static final Pattern ENTRY = Pattern.compile("[a-z][a-z_]{0,40}\\.([a-z][a-z_]{0,40}|\\*)");
    /** The change log's item types and reasons (dev.newsdesk.change.Reasons): what an event type is made of. */
    static final List<String> ITEM_TYPES = List.of("article", "section", "author", "tag", "media", "collection",
            "site");
    static final List<String> REASONS = List.of("created", "published", "scheduled_publication", "edited", "corrected",
            "reference_changed", "related_changed", "translations_changed", "deleted", "unpublished", "expired");
    static final String EXPECTED = "must be <item type>.<reason> or <item type>.*, item types "
            + String.join(", ", ITEM_TYPES) + ", reasons " + String.join(", ", REASONS);

    /** Whether an entry can ever match: a known item type with a known reason or *. */
    static boolean valid(String entry) {
        if (entry == null || !ENTRY.matcher(entry).matches()) {
            return false;
        }
        int dot = entry.indexOf('.');
        String reason = entry.substring(dot + 1);
        return ITEM_TYPES.contains(entry.substring(0, dot)) && (reason.equals("*") || REASONS.contains(reason));
    }

    private EventFilter() {
    }

    static boolean matches(List<String> entries, String eventType) {
        if (entries.isEmpty()) {
            return true;
        }
        for (String entry : entries) {
            if (entry.equals(eventType)
                    || entry.endsWith(".*") && eventType.startsWith(entry.substring(0, entry.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    static List<String> read(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    static String write(List<String> entries) {
        return String.join(",", entries);
    }
}
