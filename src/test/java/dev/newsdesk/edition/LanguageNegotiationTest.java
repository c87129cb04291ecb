package dev.newsdesk.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.edition.api.EditionInput;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.RequestParams;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The negotiation table: explicit lang, Accept-Language (lookup, q-values, q=0, malformed), default. */
class LanguageNegotiationTest {

    /** en (default), ko falling back to en, ja falling back to ko, pt-br with no fallback. */
    private static final Editions EDITIONS = new Editions("en", List.of(new EditionInput("en", null),
            new EditionInput("ko", "en"), new EditionInput("ja", "ko"), new EditionInput("pt-BR", null)));

    static Stream<Arguments> table() {
        return Stream.of(
                // lang, Accept-Language, expected edition, expected source, header matters
                Arguments.of(null, null, "en", "DEFAULT", true),
                Arguments.of("ko", null, "ko", "PARAMETER", false),
                Arguments.of("ko", "ja", "ko", "PARAMETER", false),
                Arguments.of("KO-kr", "ja", "ko", "PARAMETER", false),
                Arguments.of("*", "ja", "*", "PARAMETER", false),
                Arguments.of(null, "ko", "ko", "HEADER", true),
                Arguments.of(null, "ko-KR", "ko", "HEADER", true),
                Arguments.of(null, "zh-Hant-TW, ja;q=0.5", "ja", "HEADER", true),
                Arguments.of(null, "ko;q=0.4, ja;q=0.8", "ja", "HEADER", true),
                Arguments.of(null, "ko;q=0.8, ja;q=0.8", "ko", "HEADER", true),
                Arguments.of(null, "pt", "en", "DEFAULT", true),
                Arguments.of(null, "pt-BR-x-private", "pt-br", "HEADER", true),
                Arguments.of(null, "fr, de;q=0.9", "en", "DEFAULT", true),
                Arguments.of(null, "*", "en", "HEADER", true),
                Arguments.of(null, "en;q=0, *", "ko", "HEADER", true),
                Arguments.of(null, "ko-KR;q=0, ko;q=0.9, ja;q=0.5", "ko", "HEADER", true),
                Arguments.of(null, "ko;q=0, ko-KR, ja;q=0.1", "ja", "HEADER", true),
                Arguments.of(null, "ko;q=0, ko-KR", "en", "DEFAULT", true),
                Arguments.of(null, "ko, ,ja", "ko", "HEADER", true),
                Arguments.of(null, "ko;q=2", "en", "DEFAULT", true),
                Arguments.of(null, "ko;q=0.1234", "en", "DEFAULT", true),
                Arguments.of(null, "ko;level=1", "en", "DEFAULT", true),
                Arguments.of(null, "ko_KR", "en", "DEFAULT", true),
                Arguments.of(null, "", "en", "DEFAULT", true),
                Arguments.of(null, "ja;q=0.5, ko;", "en", "DEFAULT", true));
    }

    @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
    @MethodSource("table")
    void negotiates(String lang, String acceptLanguage, String edition, String source, boolean headerMatters) {
        RequestParams params = new RequestParams();
        LanguageNegotiation.Negotiated negotiated = LanguageNegotiation.negotiate(params, lang, acceptLanguage,
                EDITIONS);
        params.throwIfInvalid();
        assertEquals(new LanguageNegotiation.Negotiated(edition, LanguageNegotiation.Source.valueOf(source),
                headerMatters), negotiated);
    }

    @Test
    void anUnsupportedOrMalformedExplicitLanguageIsRefusedNamingLang() {
        for (String lang : List.of("fr", "english!", "pt")) {
            RequestParams params = new RequestParams();
            assertNull(LanguageNegotiation.negotiate(params, lang, "ko", EDITIONS));
            ProblemException refused = assertThrowsProblem(params::throwIfInvalid);
            assertEquals(List.of("lang"), refused.errors().stream().map(Problem.FieldError::parameter).toList());
        }
        RequestParams params = new RequestParams();
        LanguageNegotiation.negotiate(params, "fr", null, EDITIONS);
        assertEquals("must be one of the editions en, ko, ja, pt-br (or * for every language)",
                assertThrowsProblem(params::throwIfInvalid).errors().get(0).message());
    }

    @Test
    void aSingleEditionMakesTheHeaderIrrelevant() {
        Editions one = new Editions("en", List.of(new EditionInput("en", null)));
        assertEquals(new LanguageNegotiation.Negotiated("en", LanguageNegotiation.Source.DEFAULT, false),
                LanguageNegotiation.fromHeader("ko", one));
    }

    @Test
    void fallbackChainsAndEditionsOfArticleLanguages() {
        assertEquals(List.of("ja", "ko", "en"), EDITIONS.chain("ja"));
        assertEquals(List.of("pt-br"), EDITIONS.chain("pt-BR"));
        assertEquals("ko", EDITIONS.editionOf("ko-KR"));
        assertEquals("pt-br", EDITIONS.editionOf("pt-BR"));
        assertNull(EDITIONS.editionOf("pt-PT"));
        assertNull(EDITIONS.editionOf("fr"));
    }

    @Test
    void cyclesUnknownFallbacksAndBadDefaultsAreNamed() {
        List<EditionInput> editions = List.of(new EditionInput("en", "ja"), new EditionInput("ko", "ko"),
                new EditionInput("ja", "en"), new EditionInput("vi", "th"));
        assertEquals(List.of(
                        "/defaultLanguage must be one of the editions: en, ko, ja, vi",
                        "/editions/0/fallback fallbacks form a cycle: en -> ja -> en",
                        "/editions/1/fallback an edition cannot fall back to itself",
                        "/editions/2/fallback fallbacks form a cycle: ja -> en -> ja",
                        "/editions/3/fallback no edition has the language th"),
                Editions.problems("fr", editions).stream().map(p -> p[0] + " " + p[1]).toList());
    }

    @Test
    void aLanguageTwiceIsNamed() {
        assertEquals(List.of("/editions/1/language another edition has this language"),
                Editions.problems("en", List.of(new EditionInput("en", null), new EditionInput("EN", null)))
                        .stream().map(p -> p[0] + " " + p[1]).toList());
    }

    private static ProblemException assertThrowsProblem(Executable executable) {
        return org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class, executable);
    }
}
