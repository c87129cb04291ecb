package dev.newsdesk.edition;

import java.util.List;
import java.util.Map;

/**
 * The language display fields are shown in: an edition's fallback chain, ending in the default edition's own
 * fields. {@link #DEFAULT} shows the stored fields as they are.
 */
public record DisplayLanguage(List<String> chain, String defaultLanguage) {

    public static final DisplayLanguage DEFAULT = new DisplayLanguage(List.of(), null);

    /** Display fields for content of this language (an article's own, or an edition). */
    public static DisplayLanguage of(Editions editions, String language) {
        String edition = editions.editionOf(language);
        return edition == null ? new DisplayLanguage(List.of(), editions.defaultLanguage())
                : new DisplayLanguage(editions.chain(edition), editions.defaultLanguage());
    }

    /** The translation to show, or null for the stored fields. */
    public <T> T pick(Map<String, T> byLanguage) {
        return Localized.pick(byLanguage, chain, defaultLanguage);
    }
}
