package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The one-time fill of search text that replaced the scan at every start, on whichever database the suite uses. */
@QuarkusTest
class FillArticleBodyTextMigrationTest {

    @Inject
    DataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Test
    void ranOnceAtMigrationAndFillsArticlesWithoutSearchText() throws Exception {
        Article article = fixtures.article(fixtures.section("Migrations"))
                .body(new BodyBlock.Paragraph("Ships returned on <b>Friday</b> &amp; Saturday."))
                .create();
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("true", single(connection,
                    "select cast(success as varchar(5)) from flyway_schema_history where version = '42'", null)
                    .toLowerCase());
            execute(connection, "update article set body_text = null where id = ?", article.getId());
            assertNull(single(connection, "select body_text from article where id = ?", article.getId()));

            new V42__Fill_article_body_text().migrate(context(connection));

            assertEquals("Ships returned on Friday & Saturday.",
                    single(connection, "select body_text from article where id = ?", article.getId()));
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private static void execute(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    private static String single(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setObject(1, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
