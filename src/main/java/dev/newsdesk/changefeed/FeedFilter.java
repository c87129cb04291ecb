package dev.newsdesk.changefeed;

import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.Fingerprints;
import java.util.UUID;

/**
 * The filters of one feed: an item type, a section, a tag, a language. Section, tag and language concern articles;
 * a section (tag) itself matches its own section (tag) filter, a collection its section; other items match only
 * feeds without them.
 */
record FeedFilter(String type, UUID section, UUID tag, String language) {

    boolean matches(String itemType, ItemAttributes attributes) {
        if (type != null && !type.equals(itemType)) {
            return false;
        }
        if (attributes == null) {
            return section == null && tag == null && language == null;
        }
        return (section == null || section.equals(attributes.section()))
                && (tag == null || attributes.tags().contains(tag))
                && (language == null || language.equals(attributes.language()));
    }

    /** Bound into tokens: a token continues the feed it was issued for, not another. */
    String digest() {
        return Fingerprints.of(type + "|" + section + "|" + tag + "|" + language).substring(0, 8);
    }
}
