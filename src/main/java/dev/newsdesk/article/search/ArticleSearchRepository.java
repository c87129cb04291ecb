package dev.newsdesk.article.search;

import dev.newsdesk.article.ArticleListQuery;
import dev.newsdesk.article.ArticleSort;
import dev.newsdesk.article.DateField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Search in native SQL: full-text operators have no HQL form. The filters repeat those of the article list
 * (ArticleRepository.findVisiblePage) over the same columns, with the same visibility rule.
 */
@ApplicationScoped
public class ArticleSearchRepository {

    /** One hit: the article, its relevance and its snippet with matches between ⟦ and ⟧ (null: compute it). */
    public record Row(UUID id, double rank, String markedSnippet, String standfirst, String bodyText) {
    }

    private final EntityManager em;
    private final SearchDialect dialect;

    public ArticleSearchRepository(EntityManager em,
                                   @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.dialect = "postgresql".equals(dbKind) ? new PostgresSearchDialect() : new H2SearchDialect();
    }

    /** One page of hits plus one extra row, which tells the caller whether a next page exists. */
    public List<Row> findPage(ArticleSearchRequest request, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String rank = dialect.rank(request.query(), params);
        String where = filters(request.filters(), now, params) + " and " + dialect.matches(request.query(), params);
        String order = order(request.order());
        String snippet = dialect.snippet(request.query(), params);
        String sql = "select cast(p.id as varchar(36)), p.score, " + (snippet == null ? "cast(null as varchar)" : snippet)
                + ", p.standfirst, p.body_text from ("
                + " select h.* from ("
                + "  select a.id, a.standfirst, a.body_text, a.published_at, a.updated_at" + dialect.snippetColumns()
                + ", " + rank + " as score from article a where " + where
                + " ) h where " + keyset(request, params)
                + " order by " + order.replace("#", "h") + " limit :limit"
                + ") p order by " + order.replace("#", "p");
        params.put("limit", request.limit() + 1);
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] cols = (Object[]) result;
            rows.add(new Row(UUID.fromString(cols[0].toString()), ((Number) cols[1]).doubleValue(),
                    (String) cols[2], (String) cols[3], (String) cols[4]));
        }
        return rows;
    }

    private static String filters(ArticleListQuery q, Instant now, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("a.status = :published and a.published_at <= :now"
                + " and (a.expires_at is null or a.expires_at > :now)");
        params.put("published", "PUBLISHED");
        params.put("now", now);
        if (q.section() != null) {
            sql.append(" and a.section_id in (select x.id from section x left join section xp on xp.id = x.parent_id"
                    + " where x.slug = :section or xp.slug = :section)");
            params.put("section", q.section());
        }
        for (int i = 0; i < q.tags().size(); i++) {
            sql.append(" and exists (select 1 from article_tag at join tag t on t.id = at.tag_id"
                    + " where at.article_id = a.id and t.slug = :tag").append(i).append(')');
            params.put("tag" + i, q.tags().get(i));
        }
        if (q.author() != null) {
            sql.append(" and exists (select 1 from article_author aa join author au on au.id = aa.author_id"
                    + " where aa.article_id = a.id and au.slug = :author)");
            params.put("author", q.author());
        }
        if (q.language() != null) {
            sql.append(" and (lower(a.language) = :lang or lower(a.language) like :langPrefix)");
            params.put("lang", q.language());
            params.put("langPrefix", q.language() + "-%");
        }
        String dateColumn = "a." + column(q.dateField());
        if (q.from() != null) {
            sql.append(" and ").append(dateColumn).append(" >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            sql.append(" and ").append(dateColumn).append(" < :to");
            params.put("to", q.to());
        }
        return sql.toString();
    }

    private static String keyset(ArticleSearchRequest request, Map<String, Object> params) {
        if (request.order().byRelevance()) {
            if (request.cursor() == null) {
                return "1 = 1";
            }
            params.put("cursorRank", request.cursor().rank());
            params.put("cursorId", request.cursor().id());
            return "(h.score < :cursorRank or (h.score = :cursorRank and h.id < :cursorId))";
        }
        var cursor = request.filters().cursor();
        if (cursor == null) {
            return "1 = 1";
        }
        ArticleSort sort = request.order().dateSort();
        String key = "h." + column(sort);
        String after = sort.descending() ? "<" : ">";
        params.put("cursorKey", cursor.key());
        params.put("cursorId", cursor.id());
        return "(" + key + " " + after + " :cursorKey or (" + key + " = :cursorKey and h.id " + after + " :cursorId))";
    }

    /** The order with # standing for the row alias. */
    private static String order(SearchOrder order) {
        if (order.byRelevance()) {
            return "#.score desc, #.id desc";
        }
        String direction = order.dateSort().descending() ? " desc" : " asc";
        return "#." + column(order.dateSort()) + direction + ", #.id" + direction;
    }

    private static String column(ArticleSort sort) {
        return sort == ArticleSort.UPDATED ? "updated_at" : "published_at";
    }

    private static String column(DateField field) {
        return switch (field) {
            case PUBLISHED -> "published_at";
            case FIRST_PUBLISHED -> "first_published_at";
            case UPDATED -> "updated_at";
        };
    }
}
