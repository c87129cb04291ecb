package dev.newsdesk.article.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded H2 database: word-start matching in the normalized search_doc column (db/vendor/h2/V31). A word
 * matches any word it begins ("port" finds "ports"), a phrase matches its words in a row, OR and exclusions as
 * parsed by {@link SearchQuery}. Relevance weighs a headline match over standfirst over body, like PostgreSQL.
 */
final class H2SearchDialect implements SearchDialect {

    private static final String NON_WORD = "[^\\p{L}\\p{N}]+";

    @Override
    public String matches(SearchQuery query, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        for (List<SearchQuery.Term> clause : query.clauses()) {
            List<String> alternatives = new ArrayList<>();
            for (SearchQuery.Term term : clause) {
                alternatives.add("a.search_doc " + (term.excluded() ? "not like " : "like ") + param(term, params));
            }
            clauses.add("(" + String.join(" or ", alternatives) + ")");
        }
        return String.join(" and ", clauses);
    }

    @Override
    public String rank(SearchQuery query, Map<String, Object> params) {
        params.put("nonWord", NON_WORD);
        List<String> parts = new ArrayList<>();
        for (SearchQuery.Term term : query.wantedTerms()) {
            String pattern = param(term, params);
            parts.add("case when " + normalized("a.headline") + " like " + pattern + " then 1.0 else 0 end");
            parts.add("case when " + normalized("a.standfirst") + " like " + pattern + " then 0.4 else 0 end");
            parts.add("case when " + normalized("a.body_text") + " like " + pattern + " then 0.2 else 0 end");
        }
        return "cast(" + String.join(" + ", parts) + " as double precision)";
    }

    @Override
    public String snippetColumns() {
        return "";
    }

    @Override
    public String snippet(SearchQuery query, Map<String, Object> params) {
        return null;
    }

    private static String normalized(String column) {
        return "(' ' || regexp_replace(lower(coalesce(" + column + ", '')), :nonWord, ' ') || ' ')";
    }

    /** One LIKE pattern per distinct term: its words in a row, the last one as a word start. */
    private static String param(SearchQuery.Term term, Map<String, Object> params) {
        String pattern = "% " + String.join(" ", term.words()) + "%";
        for (Map.Entry<String, Object> existing : params.entrySet()) {
            if (existing.getKey().startsWith("term") && existing.getValue().equals(pattern)) {
                return ":" + existing.getKey();
            }
        }
        String name = "term" + params.keySet().stream().filter(k -> k.startsWith("term")).count();
        params.put(name, pattern);
        return ":" + name;
    }
}
