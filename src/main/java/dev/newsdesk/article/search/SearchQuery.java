package dev.newsdesk.article.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's query in web-search syntax, as PostgreSQL's websearch_to_tsquery reads it: words and "quoted phrases"
 * must all match, {@code or} between two terms lets either match (it binds tighter than the implicit AND), and a
 * leading {@code -} excludes a term. PostgreSQL is given the raw text; the parsed form validates the query on both
 * databases and drives matching and highlighting on H2.
 */
public record SearchQuery(String text, List<List<Term>> clauses) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A word or phrase: its lower-case words in order, and whether it must be absent. */
    public record Term(List<String> words, boolean excluded) {
        public boolean phrase() {
            return words.size() > 1;
        }
    }

    /** Parses a query; null when it holds no word to look for (blank, only punctuation or only exclusions). */
    public static SearchQuery parse(String text) {
        List<List<Term>> clauses = new ArrayList<>();
        boolean orPending = false;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            boolean quoted = token.group(2) != null;
            String raw = quoted ? token.group(2) : token.group(3);
            boolean excluded = quoted ? !token.group(1).isEmpty() : raw.startsWith("-");
            if (!quoted && raw.equalsIgnoreCase("or")) {
                orPending = !clauses.isEmpty();
                continue;
            }
            List<String> words = words(excluded && !quoted ? raw.substring(1) : raw);
            if (words.isEmpty()) {
                continue;
            }
            Term term = new Term(words, excluded);
            List<Term> previous = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
            if (orPending && !excluded && previous != null && !previous.get(0).excluded()) {
                previous.add(term);
            } else {
                List<Term> clause = new ArrayList<>();
                clause.add(term);
                clauses.add(clause);
            }
            orPending = false;
        }
        boolean anyWanted = clauses.stream().anyMatch(c -> !c.get(0).excluded());
        return anyWanted ? new SearchQuery(text, clauses.stream().map(List::copyOf).toList()) : null;
    }

    /** The terms a hit may contain, for ranking and highlighting. */
    public List<Term> wantedTerms() {
        return clauses.stream().flatMap(List::stream).filter(t -> !t.excluded()).toList();
    }

    private static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(raw.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
