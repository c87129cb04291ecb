package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V69 on credits stored the way they were before V68: a database migrated to V68, filled, then migrated on. One
 * connection throughout, as the application's pool keeps them: H2 evaluates a CHECK constraint with the session
 * that created it, and fails once that session is closed.
 */
class SplitMediaCreditLinesTest {

    private static final String URL = "jdbc:h2:mem:split-credit-lines;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void labelledCreditsMoveToTheLineAndKeepTheirNames() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            check(connection);
        }
    }

    private static void check(Connection connection) throws Exception {
        migrateTo(connection, "68");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into media_asset (id, type, url, credit, created_at, updated_at) values"
                    + " ('00000000-0000-0000-0000-000000000001', 'IMAGE', 'https://m.example.com/1.jpg',"
                    + " 'Photo : Jung Ha-eun / Harbour Light Agency', now(), now()),"
                    + " ('00000000-0000-0000-0000-000000000002', 'IMAGE', 'https://m.example.com/2.jpg',"
                    + " '사진 : 강서연 / 하버 헤럴드', now(), now()),"
                    + " ('00000000-0000-0000-0000-000000000003', 'IMAGE', 'https://m.example.com/3.jpg',"
                    + " 'Harbour Light Agency', now(), now()),"
                    + " ('00000000-0000-0000-0000-000000000004', 'IMAGE', 'https://m.example.com/4.jpg',"
                    + " null, now(), now())");
        }
        migrateTo(connection, "69");

        Map<String, String> stored = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select url, credit, credit_line from media_asset order by url")) {
            while (rows.next()) {
                stored.put(rows.getString("url"), rows.getString("credit") + " | " + rows.getString("credit_line"));
            }
        }
        assertEquals(Map.of(
                "https://m.example.com/1.jpg",
                "Jung Ha-eun / Harbour Light Agency | Photo : Jung Ha-eun / Harbour Light Agency",
                "https://m.example.com/2.jpg", "강서연 / 하버 헤럴드 | 사진 : 강서연 / 하버 헤럴드",
                "https://m.example.com/3.jpg", "Harbour Light Agency | null",
                "https://m.example.com/4.jpg", "null | null"), stored);
    }

    private static void migrateTo(Connection connection, String version) {
        Flyway.configure().dataSource(new OneConnection(connection))
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(version)
                .load().migrate();
    }

    /** Hands Flyway the test's connection, which it may not close. */
    private record OneConnection(Connection connection) implements DataSource {

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close")
                            ? null : invoke(method, args));
        }

        private Object invoke(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
