package dev.newsdesk.edition;

import dev.newsdesk.web.request.RequestParams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which edition a request gets: an explicit lang parameter wins; else RFC 4647 lookup of the Accept-Language
 * ranges (RFC 9110 section 12.5.4) among the editions, by quality, where q=0 excludes a language; else the default
 * edition. A malformed header is ignored as a whole, as if it had not been sent.
 */
public final class LanguageNegotiation {

    /** How the edition was chosen. */
    public enum Source { PARAMETER, HEADER, DEFAULT }

    /**
     * @param language       the edition chosen (lower case), or {@link Editions#ALL} for every language
     * @param source         what decided it
     * @param headerMatters  whether Accept-Language took part in the choice (no lang parameter, several editions):
     *                       the answer then varies with that header
     */
    public record Negotiated(String language, Source source, boolean headerMatters) {

        public boolean all() {
            return Editions.ALL.equals(language);
        }

        /** Whether the reader named a language (the parameter or a header range that matched an edition). */
        public boolean asked() {
            return source != Source.DEFAULT;
        }
    }

    private static final Pattern RANGE = Pattern.compile("^(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$");
    private static final Pattern QUALITY = Pattern.compile("^(0(\\.\\d{0,3})?|1(\\.0{0,3})?)$");

    private LanguageNegotiation() {
    }

    /** A language range of the header with its weight, in the order sent. */
    record Range(String tag, double quality, int position) {
    }

    /**
     * The edition for an explicit lang value (already checked to be a language tag or *): lookup among the
     * editions, so ko-KR asks for ko. Null when no edition serves it.
     */
    public static String explicit(String lang, Editions editions) {
        if (Editions.ALL.equals(lang)) {
            return Editions.ALL;
        }
        return editions.editionOf(lang);
    }

    /**
     * The edition of a request: the lang parameter (checked in {@code params}, which names it in its 400 with the
     * supported languages; null then) or else Accept-Language, or else the default.
     */
    public static Negotiated negotiate(RequestParams params, String lang, String acceptLanguage, Editions editions) {
        if (lang == null) {
            return fromHeader(acceptLanguage, editions);
        }
        if (Editions.ALL.equals(lang)) {
            return new Negotiated(Editions.ALL, Source.PARAMETER, false);
        }
        String checked = params.language("lang", lang);
        if (checked == null) {
            return null;
        }
        String edition = explicit(checked, editions);
        if (edition == null) {
            params.reject("lang", unsupported(editions));
            return null;
        }
        return new Negotiated(edition, Source.PARAMETER, false);
    }

    public static String unsupported(Editions editions) {
        return "must be one of the editions " + String.join(", ", editions.languages())
                + " (or * for every language)";
    }

    /** The edition the header and the configuration choose, without an explicit lang. */
    public static Negotiated fromHeader(String acceptLanguage, Editions editions) {
        boolean matters = editions.isMultilingual();
        List<Range> ranges = parse(acceptLanguage);
        if (ranges == null) {
            return new Negotiated(editions.defaultLanguage(), Source.DEFAULT, matters);
        }
        String found = lookup(ranges, editions);
        return found == null ? new Negotiated(editions.defaultLanguage(), Source.DEFAULT, matters)
                : new Negotiated(found, Source.HEADER, matters);
    }

    /** The ranges of an Accept-Language value; null when absent, empty or malformed. */
    static List<Range> parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<Range> ranges = new ArrayList<>();
        String[] items = header.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            if (item.isEmpty()) {
                continue; // RFC 9110 5.6.1: empty list elements are ignored
            }
            String[] parts = item.split(";", -1);
            String tag = parts[0].trim();
            if (!RANGE.matcher(tag).matches()) {
                return null;
            }
            double quality = 1.0;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].trim();
                if (parameter.length() < 2 || !(parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                        || parameter.charAt(1) != '=' || p > 1) {
                    return null;
                }
                String value = parameter.substring(2).trim();
                if (!QUALITY.matcher(value).matches()) {
                    return null;
                }
                quality = Double.parseDouble(value);
            }
            ranges.add(new Range(Editions.normalize(tag), quality, i));
        }
        return ranges.isEmpty() ? null : ranges;
    }

    /** RFC 4647 section 3.4: each range by descending quality, truncated from the end until an edition matches. */
    static String lookup(List<Range> ranges, Editions editions) {
        List<Range> excluded = ranges.stream().filter(r -> r.quality() == 0 && !r.tag().equals("*")).toList();
        List<Range> wanted = new ArrayList<>(ranges.stream().filter(r -> r.quality() > 0).toList());
        wanted.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
        for (Range range : wanted) {
            if (range.tag().equals("*")) {
                // Any language: the default edition, unless excluded; then the first edition that is not.
                List<String> candidates = new ArrayList<>();
                candidates.add(editions.defaultLanguage());
                candidates.addAll(editions.languages());
                for (String candidate : candidates) {
                    if (!isExcluded(candidate, excluded)) {
                        return candidate;
                    }
                }
                continue;
            }
            String tag = range.tag();
            while (tag != null) {
                if (editions.supports(tag) && !isExcluded(tag, excluded)) {
                    return tag;
                }
                tag = truncate(tag);
            }
        }
        return null;
    }

    /** A q=0 range excludes the languages it matches in basic filtering: ko excludes ko and ko-KR. */
    private static boolean isExcluded(String edition, List<Range> excluded) {
        for (Range range : excluded) {
            if (edition.equals(range.tag()) || edition.startsWith(range.tag() + "-")) {
                return true;
            }
        }
        return false;
    }

    /** Drops the last subtag, and a single-character subtag (an extension's singleton) left before it. */
    private static String truncate(String tag) {
        int dash = tag.lastIndexOf('-');
        if (dash < 0) {
            return null;
        }
        String shorter = tag.substring(0, dash);
        int previous = shorter.lastIndexOf('-');
        if (previous >= 0 && shorter.length() - previous == 2) {
            shorter = shorter.substring(0, previous);
        }
        return shorter;
    }
}
