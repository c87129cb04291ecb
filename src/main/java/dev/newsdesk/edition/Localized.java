package dev.newsdesk.edition;

import dev.newsdesk.web.problem.Problem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Display fields kept per language beside the default edition's own (a section's name, a menu label): the reader
 * gets the first language of the edition's fallback chain that has them; the stored fields are the default's.
 */
public final class Localized {

    private Localized() {
    }

    /** The translation for the first language of the chain, or null: the stored (default-language) fields. */
    public static <T> T pick(Map<String, T> byLanguage, List<String> chain, String defaultLanguage) {
        if (byLanguage == null || byLanguage.isEmpty()) {
            return null;
        }
        for (String language : chain) {
            if (language.equals(defaultLanguage)) {
                return null;
            }
            T translated = byLanguage.get(language);
            if (translated != null) {
                return translated;
            }
        }
        return null;
    }

    /** Translations may only be given for editions other than the default one (whose text is the field itself). */
    public static void checkLanguages(Collection<String> languages, String pointer, Editions editions,
                                      List<Problem.FieldError> errors) {
        for (String language : languages) {
            String normalized = Editions.normalize(language);
            if (!editions.supports(normalized)) {
                errors.add(Problem.FieldError.pointer(pointer + "/" + language,
                        LanguageNegotiation.unsupported(editions).replace(" (or * for every language)", "")));
            } else if (normalized.equals(editions.defaultLanguage())) {
                errors.add(Problem.FieldError.pointer(pointer + "/" + language,
                        "the default edition's text is the field itself"));
            }
        }
    }

    /** The same translations keyed by lower-case language. */
    public static <T> Map<String, T> normalized(Map<String, T> byLanguage) {
        Map<String, T> normalized = new LinkedHashMap<>();
        byLanguage.forEach((language, value) -> normalized.put(Editions.normalize(language), value));
        return normalized;
    }
}
