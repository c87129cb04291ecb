package dev.newsdesk.article.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Web-search syntax as websearch_to_tsquery reads it, and the snippets built from it on H2. */
class SearchQueryTest {

    private static SearchQuery.Term word(String w) {
        return new SearchQuery.Term(List.of(w), false);
    }

    @Test
    void wordsPhrasesOrAndExclusions() {
        SearchQuery query = SearchQuery.parse("Ports \"emissions reporting\" ships OR ferries -coal -\"dry bulk\"");

        assertEquals(List.of(
                List.of(word("ports")),
                List.of(new SearchQuery.Term(List.of("emissions", "reporting"), false)),
                List.of(word("ships"), word("ferries")),
                List.of(new SearchQuery.Term(List.of("coal"), true)),
                List.of(new SearchQuery.Term(List.of("dry", "bulk"), true))), query.clauses());
    }

    @Test
    void punctuationSplitsWordsAndDanglingOperatorsAreIgnored() {
        SearchQuery query = SearchQuery.parse("or e-mail, \"unclosed phrase or");

        assertEquals(List.of(
                List.of(new SearchQuery.Term(List.of("e", "mail"), false)),
                List.of(new SearchQuery.Term(List.of("unclosed", "phrase", "or"), false))), query.clauses());
    }

    @Test
    void aQueryWithNothingToFindIsNull() {
        assertNull(SearchQuery.parse("  !!! "));
        assertNull(SearchQuery.parse("-coal -\"dry bulk\""));
    }

    @Test
    void snippetsMarkWordStartsAndPhrasesAndEscapeHtml() {
        SearchQuery query = SearchQuery.parse("port \"harbour cranes\"");
        String marked = Snippets.highlight("Ports & <harbour> cranes: the harbour cranes of the port.",
                query.wantedTerms());

        assertEquals("<mark>Ports</mark> &amp; &lt;<mark>harbour</mark>&gt; <mark>cranes</mark>: the "
                        + "<mark>harbour</mark> <mark>cranes</mark> of the <mark>port</mark>.",
                Snippets.toHtml(marked));
    }

    @Test
    void longTextsAreCutAroundTheFirstMatch() {
        String text = "one two three four five six seven eight nine ten eleven twelve needle "
                + "a b c d e f g h i j k l m n o p q r s t u v w x y z end";
        String marked = Snippets.highlight(text, SearchQuery.parse("needle").wantedTerms());

        assertEquals("… five six seven eight nine ten eleven twelve <mark>needle</mark> a b c d e f g h i j k l m n "
                + "o p q r s t u …", Snippets.toHtml(marked));
    }
}
