package dev.newsdesk.sample.generator;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Where generated rows go: PostgreSQL COPY (fast bulk path) or batched multi-row JDBC inserts (any database). */
interface RowSink extends AutoCloseable {

    void row(Object... values) throws SQLException;

    @Override
    void close() throws SQLException;

    static RowSink open(Connection connection, String table, List<String> columns) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return new Copy(connection.unwrap(PGConnection.class), table, columns);
        }
        return new Batch(connection, table, columns);
    }

    /** COPY ... FROM STDIN in text format: one stream per table, no per-row round trips. */
    final class Copy implements RowSink {
        private final PGCopyOutputStream out;
        private final Writer writer;
        private final StringBuilder line = new StringBuilder(8192);

        Copy(PGConnection connection, String table, List<String> columns) throws SQLException {
            out = new PGCopyOutputStream(connection,
                    "copy " + table + " (" + String.join(", ", columns) + ") from stdin", 1 << 20);
            writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public void row(Object... values) throws SQLException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    line.append("\\N");
                } else {
                    escape(v.toString(), line);
                }
            }
            line.append('\n');
            try {
                writer.append(line);
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
        }

        private static void escape(String s, StringBuilder to) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> to.append("\\\\");
                    case '\t' -> to.append("\\t");
                    case '\n' -> to.append("\\n");
                    case '\r' -> to.append("\\r");
                    default -> to.append(c);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                writer.close();
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
        }
    }

    /** Batched parameterized inserts, committed every few thousand rows. */
    final class Batch implements RowSink {
        private static final int BATCH = 2000;
        private final Connection connection;
        private final PreparedStatement insert;
        private int pending;

        Batch(Connection connection, String table, List<String> columns) throws SQLException {
            this.connection = connection;
            String marks = String.join(", ", columns.stream().map(c -> "?").toList());
            insert = connection.prepareStatement(
                    "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")");
        }

        @Override
        public void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                insert.setObject(i + 1, v instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : v);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            insert.executeBatch();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                flush();
            }
            insert.close();
        }
    }
}
