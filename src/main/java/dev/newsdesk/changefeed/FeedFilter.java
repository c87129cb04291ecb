package dev.newsdesk.changefeed;

import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.Fingerprints;
import dev.newsdesk.edition.Editions;
import java.util.UUID;

/**
 * The filters of one feed: an item type, a section, a tag, a language, an edition. Section, tag and language
 * concern articles; a section (tag) itself matches its own section (tag) filter, a collection its section; other
 * items match only feeds without them. The edition (lang) limits articles to those of the edition (ko: ko and
 * ko-KR) and keeps every other item: sections, tags, authors, media, collections and the site are shared by the
 * editions and carry their translations.
 *
 * @param edition  the edition of lang, or null
 * @param editions the editions the edition was checked against (null without one)
 */
record FeedFilter(String type, UUID section, UUID tag, String language, String edition, Editions editions) {

    FeedFilter(String type, UUID section, UUID tag, String language) {
        this(type, section, tag, language, null, null);
    }

    boolean matches(String itemType, ItemAttributes attributes) {
        if (type != null && !type.equals(itemType)) {
            return false;
        }
        if (edition != null && "article".equals(itemType)
                && (attributes == null || !edition.equals(editions.editionOf(attributes.language())))) {
            return false;
        }
        if (attributes == null) {
            return section == null && tag == null && language == null;
        }
        return (section == null || section.equals(attributes.section()))
                && (tag == null || attributes.tags().contains(tag))
                && (language == null || language.equals(attributes.language()));
    }

    /**
     * Bound into tokens: a token continues the feed it was issued for, not another. Without an edition the digest
     * is what it was before editions, so tokens issued then still continue.
     */
    String digest() {
        String filters = type + "|" + section + "|" + tag + "|" + language + (edition == null ? "" : "|" + edition);
        return Fingerprints.of(filters).substring(0, 8);
    }
}
