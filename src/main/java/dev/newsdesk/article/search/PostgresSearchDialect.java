package dev.newsdesk.article.search;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * PostgreSQL: websearch_to_tsquery against the weighted search_vector (db/vendor/postgresql/V31). Each article is
 * matched with the query parsed in its own language's configuration; the condition has one branch per configuration,
 * each with a constant query, so the planner can combine GIN index scans instead of reading every row.
 */
final class PostgresSearchDialect implements SearchDialect {

    private static final String HEADLINE_OPTIONS =
            "StartSel=\u27E6, StopSel=\u27E7, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, "
                    + "FragmentDelimiter=\" … \"";

    @Override
    public String matches(SearchQuery query, Map<String, Object> params) {
        params.put("q", query.text());
        return SearchLanguages.CONFIGS.stream()
                .map(config -> "(a.search_config = cast('" + config + "' as regconfig) and a.search_vector @@ "
                        + "websearch_to_tsquery(cast('" + config + "' as regconfig), :q))")
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    @Override
    public String rank(SearchQuery query, Map<String, Object> params) {
        // ts_rank's default weights score a headline match (A) above standfirst (B) above body (C).
        return "cast(ts_rank(a.search_vector, websearch_to_tsquery(a.search_config, :q)) as double precision)";
    }

    @Override
    public String snippetColumns() {
        return ", a.search_config";
    }

    @Override
    public String snippet(SearchQuery query, Map<String, Object> params) {
        params.put("headlineOptions", HEADLINE_OPTIONS);
        return "ts_headline(p.search_config, concat_ws(' ', p.standfirst, p.body_text), "
                + "websearch_to_tsquery(p.search_config, :q), :headlineOptions)";
    }
}
