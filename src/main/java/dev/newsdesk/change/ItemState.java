package dev.newsdesk.change;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An item as readers of the delivery API see it at the end of a write: the feature that owns the item builds it,
 * the change log compares it with what it last recorded and writes the difference.
 *
 * @param type the surrogate-key kind ({@code article}, {@code section}, {@code author}, {@code tag}, {@code media},
 *             {@code collection}, {@code site})
 * @param id the public id (a UUID, or {@code site})
 * @param visible whether readers can see it now
 * @param absentReason when not visible: {@code deleted}, {@code unpublished} or {@code expired}
 * @param seenBefore whether readers may have seen it before, for an item the log has no state of yet (content that
 *                   predates the log, such as the sample newsroom): a tombstone is recorded only then
 * @param attributes what feed filters match on
 * @param fingerprint one short digest per field readers see, to name what changed ({@link Fingerprints})
 * @param surrogateKeys the keys naming cached responses that show the item: its own key first
 */
public record ItemState(String type, String id, boolean visible, String absentReason, boolean seenBefore,
                        ItemAttributes attributes,
                        Map<String, String> fingerprint, Set<String> surrogateKeys) {

    public ItemState {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        attributes = attributes == null ? ItemAttributes.NONE : attributes;
        fingerprint = Map.copyOf(fingerprint);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(type + ":" + id);
        keys.addAll(surrogateKeys);
        surrogateKeys = keys;
        if (!visible && absentReason == null) {
            throw new IllegalArgumentException("an item readers cannot see needs the reason");
        }
    }

    /** A reference item readers see as long as it exists (section, author, tag, media, collection, site). */
    public static ItemState present(String type, String id, ItemAttributes attributes, Map<String, String> fingerprint,
                                    Set<String> surrogateKeys) {
        return new ItemState(type, id, true, null, true, attributes, fingerprint, surrogateKeys);
    }

    /** A reference item that was deleted. */
    public static ItemState deleted(String type, String id) {
        return new ItemState(type, id, false, Reasons.DELETED, true, ItemAttributes.NONE, Map.of(), Set.of());
    }

    String ownKey() {
        return surrogateKeys.iterator().next();
    }
}
