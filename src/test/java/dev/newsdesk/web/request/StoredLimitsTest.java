package dev.newsdesk.web.request;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the database cannot store is refused where it arrives, naming the field, on both databases alike: a NUL
 * character (PostgreSQL refuses it in text), more than a column or PostgreSQL's full-text index holds, a year of
 * nine digits. Before, each of these reached the database and came back as a 500 (or was stored on H2 only).
 */
@QuarkusTest
class StoredLimitsTest {

    private static final String NO_NUL = "must not contain the NUL character (U+0000)";
    private static final String BODY_TEXT = "must hold at most 150000 characters of text in all blocks together";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void aNulCharacterInATextFieldIsA400PointingAtIt() {
        editorial.editor().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("nul"), "name", "Bu\u0000san", "type", "place"))
                .post("/api/v1/editorial/tags").then().statusCode(400)
                .body("", equalTo(Map.of("type", "urn:newsdesk:problem:malformed-request", "title", "Malformed request",
                        "status", 400, "detail", "Invalid value at /name", "instance", "/api/v1/editorial/tags",
                        "code", "MALFORMED_REQUEST", "errors", List.of(Map.of("pointer", "/name", "message", NO_NUL)))));

        Map<String, Object> article = editorial.draftBody(fixtures.section("Nul"), "Harbour");
        article.put("body", List.of(Map.of("type", "list", "ordered", false, "items", List.of("one", "t\u0000wo"))));
        editorial.editor().contentType("application/json").body(article).post("/api/v1/editorial/articles")
                .then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("pointer", "/body/0/items/1", "message", NO_NUL))));
    }

    @Test
    void aBodyOfTwoMegabytesIsA422NamingTheBody() {
        Map<String, Object> article = editorial.draftBody(fixtures.section("Long reads"), "Everything");
        String paragraph = "word ".repeat(4_000);
        article.put("body", Collections.nCopies(95, Map.of("type", "paragraph", "html", paragraph)));
        editorial.editor().contentType("application/json").body(article).post("/api/v1/editorial/articles")
                .then().statusCode(422)
                .body("", equalTo(Map.of("type", "urn:newsdesk:problem:unprocessable", "title", "Unprocessable content",
                        "status", 422, "detail", "/body: " + BODY_TEXT, "instance", "/api/v1/editorial/articles",
                        "code", "UNPROCESSABLE", "errors", List.of(Map.of("pointer", "/body", "message", BODY_TEXT)))));
    }

    @Test
    void aBodyPostgresCouldNotIndexIsA422NamingTheBody() {
        // 240,000 characters of distinct two-letter Hangul words: well within the body column, but their search
        // vector would be 1.1 MB, over PostgreSQL's 1 MB.
        Map<String, Object> article = editorial.draftBody(fixtures.section("Search limit"), "Words");
        article.put("body", paragraphs(hangulWords(80_000)));
        editorial.editor().contentType("application/json").body(article).post("/api/v1/editorial/articles")
                .then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/body", "message", BODY_TEXT))));
    }

    @Test
    void theLongestBodyTheContractAllowsIsStoredAndFound() {
        // The worst case for the search vector: one-letter words in a three-byte script, then two-letter ones.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_992; i++) {
            text.append((char) (0x4E00 + i)).append(' ');
        }
        text.append(hangulWords((150_000 - text.length()) / 3 + 1));
        String body = text.substring(0, 150_000);
        Map<String, Object> article = editorial.draftBody(fixtures.section("Longest"), "Longest");
        article.put("body", paragraphs(body));
        editorial.editor().contentType("application/json").body(article).post("/api/v1/editorial/articles")
                .then().statusCode(201);
    }

    @Test
    void aBodyThatSanitizingMakesLongerThanItsColumnIsA422NamingTheBody() {
        // 150,000 characters, each a list item of one no-break space: stored as "&nbsp;" in quotes, 1.35 million.
        Map<String, Object> article = editorial.draftBody(fixtures.section("Escaped"), "Spaces");
        List<String> items = Collections.nCopies(200, "\u00A0");
        article.put("body", Collections.nCopies(750, Map.of("type", "list", "ordered", false, "items", items)));
        String message = "takes more than 1000000 characters once sanitized and stored as JSON";
        editorial.editor().contentType("application/json").body(article).post("/api/v1/editorial/articles")
                .then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/body", "message", message))));
    }

    @Test
    void aMenuLongerThanItsColumnIsA422NamingTheMenu() {
        List<Map<String, Object>> menu = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<Map<String, Object>> children = new ArrayList<>();
            for (int j = 0; j < 30; j++) {
                children.add(Map.of("label", "Entry " + i + "." + j, "url", "/" + i + "/" + j,
                        "children", Collections.nCopies(30, Map.of("label", "Leaf", "url", "/leaf"))));
            }
            menu.add(Map.of("label", "Entry " + i, "url", "/" + i, "children", children));
        }
        String message = "must take at most 100000 characters as compact JSON";
        editorial.admin().contentType("application/json").body(site(menu, "en"))
                .put("/api/v1/editorial/site").then().statusCode(422)
                .body("detail", equalTo("/navigation: " + message))
                .body("errors", equalTo(List.of(Map.of("pointer", "/navigation", "message", message))));
    }

    @Test
    void aLanguageLongerThanItsColumnIsA422() {
        editorial.admin().contentType("application/json").body(site(List.of(), "en" + "-abcdefgh".repeat(10)))
                .put("/api/v1/editorial/site").then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/defaultLanguage",
                        "message", "size must be between 0 and 35"))));
    }

    @Test
    void aDateTimeWithMoreThanFourYearDigitsIsA400PointingAtIt() {
        Section section = fixtures.section("Far future");
        var draft = editorial.createDraft(section, "Far future");
        String message = "must be an RFC 3339 date-time string with a four-digit year, such as 2019-04-25T18:38:40+09:00";
        editorial.publisher().contentType("application/json").header("If-Match", draft.header("ETag"))
                .body("{\"publishAt\":\"+999999999-01-01T00:00:00Z\"}")
                .post("/api/v1/editorial/articles/{id}/publish", draft.path("id").toString()).then().statusCode(400)
                .body("detail", equalTo("Invalid value at /publishAt"))
                .body("errors", equalTo(List.of(Map.of("pointer", "/publishAt", "message", message))));
        editorial.editor().get("/api/v1/editorial/articles/{id}", draft.path("id").toString()).then()
                .statusCode(200).body("status", equalTo("draft"));
    }

    private static Map<String, Object> site(List<Map<String, Object>> navigation, String language) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", "Limits");
        site.put("baseUrl", "https://news.example.com");
        site.put("defaultLanguage", language);
        site.put("navigation", navigation);
        site.put("notices", List.of());
        return site;
    }

    /** Distinct two-letter Hangul words, each followed by a space. */
    private static String hangulWords(int count) {
        StringBuilder words = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            words.append((char) (0xAC00 + i % 11_172)).append((char) (0xAC00 + i / 11_172)).append(' ');
        }
        return words.toString();
    }

    /** The text as paragraphs of at most 20,000 characters, the limit of one. */
    private static List<Map<String, Object>> paragraphs(String text) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (int from = 0; from < text.length(); from += 20_000) {
            blocks.add(Map.of("type", "paragraph", "html", text.substring(from, Math.min(text.length(), from + 20_000))));
        }
        return blocks;
    }
}
