package dev.newsdesk.sample.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The data generator command: migrates the schema, then fills the database with N generated articles. On PostgreSQL
 * it streams rows with COPY and builds the secondary indexes after the load, then VACUUM ANALYZEs; elsewhere it uses batched
 * inserts. Run it from the built application (README "Scale"):
 * <pre>
 * java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' dev.newsdesk.sample.generator.GenerateNewsroom \
 *     --url jdbc:postgresql://127.0.0.1:5432/newsdesk --user postgres --articles 1000000
 * </pre>
 */
public final class GenerateNewsroom {

    private static final List<String> BULK_TABLES = List.of("article", "article_author", "article_tag", "media_asset");

    private GenerateNewsroom() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = parse(args);
        String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/newsdesk");
        String user = options.getOrDefault("user", "postgres");
        String password = options.getOrDefault("password", "");
        int articles = Integer.parseInt(options.getOrDefault("articles", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20190425"));
        String prefix = options.getOrDefault("prefix", "gen");

        long start = System.nanoTime();
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            load(connection, new NewsroomGenerator(seed, prefix, articles));
        }
        System.out.printf("Generated %d articles (seed %d, prefix %s) in %.1f s%n", articles, seed, prefix,
                (System.nanoTime() - start) / 1e9);
    }

    /** Loads a generated newsroom in one transaction; on PostgreSQL, indexes are rebuilt after the rows are in. */
    public static void load(Connection connection, NewsroomGenerator generator) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, String> indexes = postgres ? dropSecondaryIndexes(connection) : Map.of();
            generator.writeTo(connection);
            try (Statement sql = connection.createStatement()) {
                for (String definition : indexes.values()) {
                    sql.execute(definition);
                }
            }
            connection.commit();
            if (postgres) {
                connection.setAutoCommit(true);
                try (Statement sql = connection.createStatement()) {
                    // VACUUM also marks the freshly written pages all-visible, so list pages are index-only scans
                    // from the first request instead of after autovacuum gets round to a table this size.
                    sql.execute("vacuum analyze");
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Drops the non-constraint indexes of the bulk tables and returns their definitions, read from the catalog, so the
     * migrations stay the one place where indexes are declared.
     */
    private static Map<String, String> dropSecondaryIndexes(Connection connection) throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local synchronous_commit = off");
            sql.execute("set local maintenance_work_mem = '256MB'");
            try (ResultSet rs = sql.executeQuery("select i.indexname, i.indexdef from pg_indexes i "
                    + "where i.schemaname = current_schema() and i.tablename in ('" + String.join("','", BULK_TABLES)
                    + "') and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
                while (rs.next()) {
                    definitions.put(rs.getString(1), rs.getString(2));
                }
            }
            for (String index : definitions.keySet()) {
                sql.execute("drop index " + index);
            }
        }
        return definitions;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i + 1 < rest.size(); i += 2) {
            if (!rest.get(i).startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value, got " + rest.get(i));
            }
            options.put(rest.get(i).substring(2), rest.get(i + 1));
        }
        return options;
    }
}
