package db.migration;

import dev.newsdesk.media.CreditLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Until V68, credit held the printed line ("Photo : Harbour Light Agency"). A line with a label moves to
 * credit_line as written (the label may be another language's: "사진 : …"), and credit keeps the names after it; a
 * credit without a label already is the names.
 */
public class V69__Split_media_credit_lines extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                     "select id, credit from media_asset where credit is not null");
             PreparedStatement update = connection.prepareStatement(
                     "update media_asset set credit = ?, credit_line = ? where id = ?")) {
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String line = rows.getString("credit");
                    String names = CreditLine.namesOf(line);
                    if (names != null) {
                        update.setString(1, names);
                        update.setString(2, line);
                        update.setObject(3, rows.getObject("id", UUID.class));
                        update.addBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }
}
