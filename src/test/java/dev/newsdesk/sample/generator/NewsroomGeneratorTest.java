package dev.newsdesk.sample.generator;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The generator on a small N, on whichever database the suite runs against (H2 batches, PostgreSQL COPY). */
@QuarkusTest
class NewsroomGeneratorTest {

    private static final int ARTICLES = 120;

    @Inject
    DataSource dataSource;

    @Test
    void sameSeedGivesTheSameNewsroomAndAnotherSeedAnother() {
        NewsroomGenerator one = new NewsroomGenerator(7, "gen", 1000);
        NewsroomGenerator two = new NewsroomGenerator(7, "gen", 1000);
        NewsroomGenerator other = new NewsroomGenerator(8, "gen", 1000);
        for (int i : new int[] {0, 1, 499, 999}) {
            assertEquals(one.publishedAt(i), two.publishedAt(i));
            assertEquals(one.tagsOf(i), two.tagsOf(i));
            assertEquals(one.authorsOf(i), two.authorsOf(i));
            assertEquals(one.sectionOf(i), two.sectionOf(i));
            assertEquals(one.id("article", i), two.id("article", i));
        }
        assertNotEquals(java.util.stream.IntStream.range(0, 50).mapToObj(one::tagsOf).toList(),
                java.util.stream.IntStream.range(0, 50).mapToObj(other::tagsOf).toList());
        assertTrue(one.publishedAt(0).isAfter(one.publishedAt(1)), "article 0 is the newest");
    }

    @Test
    void loadsARealisticNewsroomThatTheApiServes() throws SQLException {
        String prefix = Fixtures.unique("gen");
        NewsroomGenerator generator = new NewsroomGenerator(42, prefix, ARTICLES);
        try (Connection connection = dataSource.getConnection()) {
            GenerateNewsroom.load(connection, generator);
        }

        assertEquals(ARTICLES, count("select count(*) from article where slug like ?", prefix + "-%"));
        long hidden = java.util.stream.IntStream.range(0, ARTICLES).filter(i -> i % 50 == 7 || i % 100 == 13).count();
        assertEquals(ARTICLES - hidden, count("select count(*) from article where slug like ? "
                + "and status = 'PUBLISHED'", prefix + "-%"), "2% drafts, 1% unpublished");
        assertEquals(generator.sections(), count("select count(*) from section where slug like ?", prefix + "-%"));
        long tagged = count("select count(*) from article_tag t join article a on a.id = t.article_id "
                + "where a.slug like ?", prefix + "-%");
        assertTrue(tagged >= 2L * ARTICLES && tagged <= 5L * ARTICLES, "2 to 5 tags an article: " + tagged);
        assertEquals(0, count("select count(*) from article_tag t join article a on a.id = t.article_id "
                + "where a.slug like ? and (t.published_at is distinct from "
                + "(case when a.status = 'PUBLISHED' then a.published_at end))", prefix + "-%"),
                "every tag row carries its published article's publication time, other articles none");
        long averageBody = count("select avg(length(body)) from article where slug like ?", prefix + "-%");
        assertTrue(averageBody > 2000 && averageBody < 8000, "bodies of news length, got " + averageBody);
        assertEquals(0, count("select count(*) from article where slug like ? and (body_text is null "
                + "or length(body_text) < 1000)", prefix + "-%"), "every body carries its search text");

        // The newest generated article of the busiest root section, read back through the public API.
        JsonPath page = api().get("/api/v1/articles?limit=5&section={s}", generator.sectionSlug(0))
                .then().statusCode(200).body("data", not(empty())).extract().jsonPath();
        String id = page.getString("data[0].id");
        api().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("tags", not(empty())).body("authors", not(empty()))
                .body("leadMedia.credit", org.hamcrest.Matchers.startsWith("Photo : Newsdesk Agency"))
                .body("body.find { it.type == 'image' }.media.id", equalTo(page.getString("data[0].leadMedia.id")));
        // Article 7 is a draft: generated but not visible.
        api().get("/api/v1/articles/{id}", generator.id("article", 7)).then().statusCode(404);
        api().get("/api/v1/articles?limit=100&tag={t}", "no-such-" + prefix).then().statusCode(200)
                .body("data", hasSize(0));
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
