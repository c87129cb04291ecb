package dev.newsdesk.edition;

import dev.newsdesk.edition.api.EditionInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The configured editions as a value: languages (lower case, as BCP 47 compares them), the default, each
 * edition's fallback. Immutable; read once per request.
 */
public final class Editions {

    /** The lang value that asks lists for every language at once. */
    public static final String ALL = "*";

    private final String defaultLanguage;
    private final Map<String, String> fallbacks;

    public Editions(String defaultLanguage, List<EditionInput> editions) {
        this.defaultLanguage = normalize(defaultLanguage);
        Map<String, String> map = new LinkedHashMap<>();
        for (EditionInput edition : editions) {
            map.put(normalize(edition.language()), edition.fallback() == null ? null : normalize(edition.fallback()));
        }
        this.fallbacks = map;
    }

    public static String normalize(String tag) {
        return tag == null ? null : tag.toLowerCase(Locale.ROOT);
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The edition languages in the newsroom's order. */
    public List<String> languages() {
        return List.copyOf(fallbacks.keySet());
    }

    public boolean supports(String language) {
        return language != null && fallbacks.containsKey(normalize(language));
    }

    public boolean isMultilingual() {
        return fallbacks.size() > 1;
    }

    public String fallbackOf(String language) {
        return fallbacks.get(normalize(language));
    }

    /** The edition itself, then each fallback in turn (the configuration never loops). */
    public List<String> chain(String language) {
        Set<String> chain = new LinkedHashSet<>();
        String at = normalize(language);
        while (at != null && chain.add(at)) {
            at = fallbacks.get(at);
        }
        return List.copyOf(chain);
    }

    /**
     * The edition an article of this language belongs to: RFC 4647 lookup of the tag among the editions (ko-KR
     * belongs to ko unless ko-KR is an edition itself); null when it belongs to none.
     */
    public String editionOf(String articleLanguage) {
        String tag = normalize(articleLanguage);
        while (tag != null && !tag.isEmpty()) {
            if (fallbacks.containsKey(tag)) {
                return tag;
            }
            int dash = tag.lastIndexOf('-');
            tag = dash < 0 ? null : tag.substring(0, dash);
        }
        return null;
    }

    /**
     * What is wrong with a configuration, as (JSON Pointer, message) pairs: duplicates, a default that is no
     * edition, a fallback to an unknown edition or to itself, and fallback cycles (named at the edition that
     * closes one).
     */
    public static List<String[]> problems(String defaultLanguage, List<EditionInput> editions) {
        List<String[]> problems = new ArrayList<>();
        Map<String, String> fallbacks = new LinkedHashMap<>();
        for (int i = 0; i < editions.size(); i++) {
            String language = normalize(editions.get(i).language());
            if (fallbacks.containsKey(language)) {
                problems.add(new String[]{"/editions/" + i + "/language", "another edition has this language"});
            }
            fallbacks.put(language, normalize(editions.get(i).fallback()));
        }
        if (!fallbacks.containsKey(normalize(defaultLanguage))) {
            problems.add(new String[]{"/defaultLanguage", "must be one of the editions: "
                    + String.join(", ", fallbacks.keySet())});
        }
        for (int i = 0; i < editions.size(); i++) {
            String language = normalize(editions.get(i).language());
            String fallback = normalize(editions.get(i).fallback());
            String at = "/editions/" + i + "/fallback";
            if (fallback == null) {
                continue;
            }
            if (fallback.equals(language)) {
                problems.add(new String[]{at, "an edition cannot fall back to itself"});
            } else if (!fallbacks.containsKey(fallback)) {
                problems.add(new String[]{at, "no edition has the language " + fallback});
            } else {
                List<String> path = new ArrayList<>(List.of(language));
                String next = fallback;
                while (next != null && !path.contains(next)) {
                    path.add(next);
                    next = fallbacks.get(next);
                }
                if (language.equals(next)) {
                    path.add(next);
                    problems.add(new String[]{at, "fallbacks form a cycle: " + String.join(" -> ", path)});
                }
            }
        }
        return problems;
    }
}
