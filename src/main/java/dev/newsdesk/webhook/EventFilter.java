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
