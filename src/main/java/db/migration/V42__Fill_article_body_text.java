package db.migration;

import dev.newsdesk.article.ArticleBodyText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search text of articles stored before the body_text column existed (V30). It runs once, like any
 * migration, instead of a scan for missing text at every start; since V30 every write keeps the text in step. The
 * text comes from the same Java code that writes it, which SQL on both databases could not reproduce.
 */
public class V42__Fill_article_body_text extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                     "select id, body from article where body_text is null");
             PreparedStatement update = connection.prepareStatement(
                     "update article set body_text = ? where id = ?")) {
            // Streams on PostgreSQL (Flyway runs the migration in a transaction, so the fetch size is honoured).
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    update.setString(1, ArticleBodyText.extract(rows.getString("body")));
                    update.setObject(2, rows.getObject("id", UUID.class));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
