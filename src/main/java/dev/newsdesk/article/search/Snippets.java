package dev.newsdesk.article.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search snippets: a short excerpt of the hit with the matched words marked. Internally matches sit between ⟦ and
 * ⟧ (characters the stored body text never holds); on the wire the snippet is HTML-escaped text with
 * {@code <mark>} elements, safe to insert into a page.
 */
public final class Snippets {

    static final char START = '\u27E6';
    static final char STOP = '\u27E7';

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int WORDS_BEFORE = 8;
    private static final int WORDS = 30;

    private Snippets() {
    }

    /** Marked text (from PostgreSQL's ts_headline or {@link #highlight}) as safe HTML. */
    public static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (char c : marked.strip().toCharArray()) {
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\n', '\r', '\t' -> html.append(' ');
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /** An excerpt of about 30 words around the first match of a wanted term, matches marked. */
    static String highlight(String text, List<SearchQuery.Term> terms) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        boolean[] marked = new boolean[words.size()];
        int first = -1;
        for (int i = 0; i < words.size(); i++) {
            for (SearchQuery.Term term : terms) {
                if (matchesAt(text, words, i, term.words())) {
                    for (int k = 0; k < term.words().size(); k++) {
                        marked[i + k] = true;
                    }
                    first = first < 0 ? i : first;
                }
            }
        }
        int from = Math.max(0, first - WORDS_BEFORE);
        int to = Math.min(words.size(), from + WORDS);
        if (from >= to) {
            return "";
        }
        StringBuilder out = new StringBuilder(from > 0 ? "… " : "");
        int cursor = words.get(from)[0];
        for (int i = from; i < to; i++) {
            int[] w = words.get(i);
            out.append(text, cursor, w[0]);
            out.append(marked[i] ? START + text.substring(w[0], w[1]) + STOP : text.substring(w[0], w[1]));
            cursor = w[1];
        }
        return out.append(to < words.size() ? " …" : text.substring(cursor)).toString();
    }

    private static boolean matchesAt(String text, List<int[]> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            int[] w = words.get(at + k);
            String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            boolean last = k == phrase.size() - 1;
            if (last ? !word.startsWith(phrase.get(k)) : !word.equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
