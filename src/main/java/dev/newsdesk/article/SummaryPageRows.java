package dev.newsdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * A list page and its items' stored summaries in one statement of plain JDBC, for the lists most requests ask for:
 * every article, a section page and one tag's page, in any sort, from any cursor. The keys are chosen exactly as
 * {@link ArticleRepository#findVisiblePageKeys} chooses them (the same visibility, filters, cursor bounds, order and
 * tag timeline), and each row's summary is the one ArticleDocumentReads would return for it. A list with any other
 * filter (author, language, a date range, several tags) is left to that query and a second read of summaries.
 * <p>
 * Why: a page then costs the database one statement instead of two, and the JVM no HQL translation (a query with a
 * list of section ids is translated again on every call).
 */
@ApplicationScoped
class SummaryPageRows {

    /**
     * Joined on the primary key alone; whether a summary holds (this format, not past its boundary) is decided in
     * Java. With those conditions in the join, a table whose statistics were taken nearly empty (autovacuum off, a
     * render under way) got a plan that scanned every document for each row of the page: 4× slower than two
     * statements on the 10k benchmark.
     */
    private static final String SELECT = "select a.id, a.%s, d.summary, d.summary_keys, d.summary_passed, "
            + "d.summary_valid_until, d.summary_last_modified, d.format from article a "
            + "left join article_document d on d.article_id = a.id where ";
    private static final String VISIBLE = "a.status = ? and a.published_at <= ? "
            + "and (a.expires_at is null or a.expires_at > ?)";

    /** One row of the page: the article's id and sort key, and its stored summary where one holds (else null). */
    record Row(UUID id, Instant key, StoredSummary summary) {
    }

    private final EntityManager em;
    private final SectionFilters sectionFilters;

    SummaryPageRows(EntityManager em, SectionFilters sectionFilters) {
        this.em = em;
        this.sectionFilters = sectionFilters;
    }

    /** Whether {@link #page} reads this list (else it is read by the repository's query). */
    static boolean reads(ArticleListQuery query) {
        return query.author() == null && query.language() == null && query.from() == null && query.to() == null
                && (query.tags().isEmpty()
                    || (query.tags().size() == 1 && query.section() == null
                        && query.sort().field().equals("publishedAt")));
    }

    /** The page plus one extra row, as the repository's page query returns it; empty unless {@link #reads}. */
    Optional<List<Row>> page(ArticleListQuery query, int format, Instant now) {
        if (!reads(query)) {
            return Optional.empty();
        }
        // Placeholders are bound in the order the text has them.
        List<Object> params = new ArrayList<>();
        OffsetDateTime at = utc(now);
        String sql = query.tags().isEmpty() ? filtered(query, at, params) : tagTimeline(query, at, params);
        return Optional.of(sql == null ? List.of() : rows(sql, params, format, now));
    }

    /** Null when no section has the slug: nothing is listed. */
    private String filtered(ArticleListQuery query, OffsetDateTime now, List<Object> params) {
        String key = "a." + column(query.sort());
        StringBuilder sql = new StringBuilder(SELECT.formatted(column(query.sort()))).append(VISIBLE);
        visibility(params, now);
        if (query.section() != null) {
            List<UUID> sections = sectionFilters.sectionAndChildren(query.section());
            if (sections.isEmpty()) {
                return null;
            }
            sql.append(" and a.section_id in (").append("?,".repeat(sections.size() - 1)).append("?)");
            params.addAll(sections);
        }
        cursor(sql, params, query, key, "a.id");
        order(sql, query.sort(), key, "a.id");
        return sql.append(" fetch first ").append(query.limit() + 1).append(" rows only").toString();
    }

    /**
     * As ArticleRepository's tag timeline page: the ids from the tag's rows on their index, limit inside, then only
     * those articles, whose own visibility is checked again.
     */
    private static String tagTimeline(ArticleListQuery query, OffsetDateTime now, List<Object> params) {
        StringBuilder sql = new StringBuilder(SELECT.formatted("published_at")).append("a.id in (select tl.article_id"
                + " from article_tag tl where tl.tag_id = (select t.id from tag t where t.slug = ?)"
                + " and tl.published_at <= ? and (tl.expires_at is null or tl.expires_at > ?)");
        params.add(query.tags().get(0));
        params.add(now);
        params.add(now);
        cursor(sql, params, query, "tl.published_at", "tl.article_id");
        order(sql, query.sort(), "tl.published_at", "tl.article_id");
        sql.append(" fetch first ").append(query.limit() + 1).append(" rows only) and ").append(VISIBLE);
        visibility(params, now);
        order(sql, query.sort(), "a.published_at", "a.id");
        return sql.toString();
    }

    private static void visibility(List<Object> params, OffsetDateTime now) {
        params.add(ArticleStatus.PUBLISHED.name());
        params.add(now);
        params.add(now);
    }

    private static void cursor(StringBuilder sql, List<Object> params, ArticleListQuery query, String key, String id) {
        if (query.cursor() == null) {
            return;
        }
        String after = query.sort().descending() ? "<" : ">";
        // As in the repository: the first bound lets the index scan start at the cursor.
        sql.append(" and ").append(key).append(' ').append(after).append("= ?")
                .append(" and (").append(key).append(' ').append(after).append(" ? or (")
                .append(key).append(" = ? and ").append(id).append(' ').append(after).append(" ?))");
        OffsetDateTime at = utc(query.cursor().key());
        params.add(at);
        params.add(at);
        params.add(at);
        params.add(query.cursor().id());
    }

    private static void order(StringBuilder sql, ArticleSort sort, String key, String id) {
        String direction = sort.descending() ? " desc" : " asc";
        sql.append(" order by ").append(key).append(direction).append(", ").append(id).append(direction);
    }

    private static String column(ArticleSort sort) {
        return switch (sort) {
            case NEWEST, OLDEST -> "published_at";
            case UPDATED -> "updated_at";
        };
    }

    private List<Row> rows(String sql, List<Object> params, int format, Instant now) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int at = 1;
                for (Object param : params) {
                    statement.setObject(at++, param);
                }
                List<Row> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Row(rows.getObject(1, UUID.class), instant(rows, 2), summary(rows, format, now)));
                    }
                }
                return found;
            }
        });
    }

    /** The row's stored summary if it holds, as ArticleDocumentReads.summaries decides it; else null. */
    private static StoredSummary summary(ResultSet rows, int format, Instant now) throws SQLException {
        byte[] json = rows.getBytes(3);
        Instant validUntil = instant(rows, 6);
        if (json == null || rows.getInt(8) != format || (validUntil != null && !validUntil.isAfter(now))) {
            return null;
        }
        return new StoredSummary(json, List.of(rows.getString(4).split(" ")), instant(rows, 5), validUntil,
                instant(rows, 7));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
