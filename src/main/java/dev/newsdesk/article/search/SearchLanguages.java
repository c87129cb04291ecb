package dev.newsdesk.article.search;

import java.util.List;

/**
 * PostgreSQL text search configurations that articles are indexed with, chosen by language in
 * db/vendor/postgresql/V31 (newsdesk_text_config); 'simple' (no stemming) for every other language, such as Korean.
 */
final class SearchLanguages {

    static final List<String> CONFIGS = List.of("english", "german", "french", "spanish", "italian", "portuguese",
            "dutch", "swedish", "russian", "simple");

    private SearchLanguages() {
    }
}
