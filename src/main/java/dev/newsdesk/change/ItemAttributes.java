package dev.newsdesk.change;

import java.util.List;
import java.util.UUID;

/**
 * What feed filters match on, as an item had it when a change was recorded: its section, language and tags (for an
 * article), its own section (for a collection). Kept before and after each change, so a filtered feed still hears of
 * an item that left the filter.
 *
 * @param section the section id, null when the item has none
 * @param sectionSlug the section's slug then, for readers of a tombstone
 * @param language a BCP 47 tag, null when the item has none
 * @param tags tag ids, [] when none
 */
public record ItemAttributes(UUID section, String sectionSlug, String language, List<UUID> tags) {

    public static final ItemAttributes NONE = new ItemAttributes(null, null, null, List.of());

    public ItemAttributes {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
