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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The reads of stored documents on the delivery path, in plain JDBC over the request's connection: a document is
 * bytes and a few columns, and building a read-only entity for them cost Hibernate more than the query (and a
 * query with a list parameter is translated again on every call). The rows come back as detached
 * {@link ArticleDocument} values; nothing here is ever written through Hibernate.
 */
@ApplicationScoped
class ArticleDocumentReads {

    /**
     * Which stored codings a read brings back. The bodies are the bulk of a row (and live out of line, in TOAST):
     * a request that will send one coding, or none (a revalidation answered 304), reads only that.
     */
    enum Bodies {
        BOTH("body, body_gzip"), JSON("body, null"), GZIP("null, body_gzip"), NONE("null, null");

        private final String byId;
        private final String bySlug;

        Bodies(String columns) {
            String select = "select article_id, slug, status, published_at, expires_at, valid_until, format, "
                    + columns + ", etag, surrogate_keys, language, vary_language, links, last_modified "
                    + "from article_document where ";
            this.byId = select + "article_id = ?";
            this.bySlug = select + "slug = ?";
        }
    }

    private final EntityManager em;

    ArticleDocumentReads(EntityManager em) {
        this.em = em;
    }

    /** The document, with the codings asked for (the others are null). */
    ArticleDocument byId(UUID id, Bodies bodies) {
        List<ArticleDocument> found = documents(bodies.byId, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The document of the current slug; null unless exactly one (a slug is unique, an index is not asked to be). */
    ArticleDocument bySlug(String slug, Bodies bodies) {
        List<ArticleDocument> found = documents(bodies.bySlug, slug);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The stored summaries of these articles that hold at {@code now}, in this format. */
    Map<UUID, StoredSummary> summaries(List<UUID> ids, int format, Instant now) {
        String sql = "select article_id, summary, summary_keys, summary_passed, summary_valid_until, summary_last_modified "
                + "from article_document where article_id in (" + "?,".repeat(ids.size() - 1) + "?) and format = ? "
                + "and summary is not null and (summary_valid_until is null or summary_valid_until > ?)";
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int at = 1;
                for (UUID id : ids) {
                    statement.setObject(at++, id);
                }
                statement.setInt(at++, format);
                statement.setObject(at, now.atOffset(ZoneOffset.UTC));
                Map<UUID, StoredSummary> found = new HashMap<>(ids.size() * 2);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getObject(1, UUID.class), new StoredSummary(rows.getBytes(2),
                                List.of(rows.getString(3).split(" ")), instant(rows, 4), instant(rows, 5), instant(rows, 6)));
                    }
                }
                return found;
            }
        });
    }

    private List<ArticleDocument> documents(String sql, Object key) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, key);
                statement.setMaxRows(2);
                List<ArticleDocument> found = new ArrayList<>(1);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(document(rows));
                    }
                }
                return found;
            }
        });
    }

    private static ArticleDocument document(ResultSet rows) throws SQLException {
        ArticleDocument d = new ArticleDocument();
        d.setArticleId(rows.getObject(1, UUID.class));
        d.setSlug(rows.getString(2));
        d.setStatus(ArticleStatus.valueOf(rows.getString(3)));
        d.setPublishedAt(instant(rows, 4));
        d.setExpiresAt(instant(rows, 5));
        d.setValidUntil(instant(rows, 6));
        d.setFormat(rows.getInt(7));
        d.setBody(rows.getBytes(8));
        d.setBodyGzip(rows.getBytes(9));
        d.setEtag(rows.getString(10));
        d.setSurrogateKeys(rows.getString(11));
        d.setLanguage(rows.getString(12));
        d.setVaryOnLanguage(rows.getBoolean(13));
        d.setLinks(rows.getString(14));
        d.setLastModified(instant(rows, 15));
        return d;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
