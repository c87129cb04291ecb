package dev.newsdesk.article.search;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only PostgreSQL's full-text search does: relevance by weight and frequency over a small fixed corpus, and
 * stemming in the article's own language. Skipped on H2, whose simpler matching ArticleSearchTest covers.
 */
@QuarkusTest
class PostgresSearchTest {

    @Inject
    Fixtures fixtures;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @BeforeEach
    void onlyOnPostgresql() {
        Assumptions.assumeTrue("postgresql".equals(dbKind), "PostgreSQL full-text search only");
    }

    private Article article(Section section, String language, String headline, String standfirst, String body) {
        return fixtures.article(section).language(language).headline(headline).standfirst(standfirst)
                .body(new BodyBlock.Paragraph(body)).create();
    }

    @Test
    void fixedCorpusRanksByWhereAndHowOftenTheWordsOccur() {
        Section section = fixtures.section("Corpus");
        String m = "zq" + Fixtures.unique("c").replace("-", "");
        Article bodyOnce = article(section, "en", "Harbour notes", "A quiet day.", "Dockers talked about " + m + ".");
        Article standfirst = article(section, "en", "Harbour talks", "Negotiators and " + m + " met.", "Nothing.");
        Article headline = article(section, "en", m + " agreement reached", "A deal.", "Signed at noon.");
        Article everywhere = article(section, "en", m + " deal: " + m + " signs", m + " agrees.", m + " " + m + ".");
        Article bodyTwice = article(section, "en", "Harbour diary", "Another day.", m + " came, " + m + " went.");

        api().queryParam("q", m).get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(everywhere.getId().toString(), headline.getId().toString(),
                        standfirst.getId().toString(), bodyTwice.getId().toString(), bodyOnce.getId().toString()));
    }

    @Test
    void englishArticlesAreStemmedOthersMatchWordForWord() {
        Section section = fixtures.section("Languages");
        String m = "zq" + Fixtures.unique("l").replace("-", "");
        Article english = article(section, "en-GB", m + " ports reported record cargo", null, "Busy quays.");
        article(section, "ko", m + " 부산항 물동량", null, "ports reported");

        // "reporting" and "port" share their English stems with "reported" and "ports"; the Korean article is
        // indexed with the simple configuration, where they are different words.
        api().queryParam("q", m + " reporting port").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.id", contains(english.getId().toString()))
                .body("data[0].search.snippet", containsString("<mark>"));
        api().queryParam("q", m + " 부산항").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data.headline", contains(m + " 부산항 물동량"));
    }
}
