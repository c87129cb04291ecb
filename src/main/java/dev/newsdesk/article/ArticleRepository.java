package dev.newsdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** Readers see an article only while it is published, its publication time has come and it has not expired. */
    static final String VISIBLE = "a.status = :published and a.publishedAt <= :now "
            + "and (a.expiresAt is null or a.expiresAt > :now)";

    /** What a summary shows, in the page query; bylines load in one batch per page (see Article's @BatchSize). */
    private static final String FETCH = "select a from Article a join fetch a.section s left join fetch s.parent"
            + " left join fetch a.leadMedia ";

    /**
     * Everything the article page shows in one query. Byline times tags is a handful of rows, cheaper than two more
     * round trips; no row limit here (the key is unique), since a limit over collection fetches runs in memory.
     */
    private static final String FETCH_WHOLE = FETCH + "left join fetch a.authors left join fetch a.tags ";

    public Optional<Article> findVisibleById(UUID id, Instant now) {
        return find(FETCH_WHOLE + "where a.id = :id and " + VISIBLE, visibility(now).and("id", id))
                .singleResultOptional();
    }

    public Optional<Article> findVisibleBySlug(String slug, Instant now) {
        return find(FETCH_WHOLE + "where a.slug = :slug and " + VISIBLE, visibility(now).and("slug", slug))
                .singleResultOptional();
    }

    /** Any article with this slug, whatever its status: editorial lookups and tombstones. */
    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One page of visible articles plus one extra row, which tells the caller whether a next page exists. */
    public List<Article> findVisiblePage(ArticleListQuery query, Instant now) {
        StringBuilder hql = new StringBuilder(FETCH).append("where ").append(VISIBLE);
        Parameters params = visibility(now);
        if (query.section() != null) {
            // A section page also lists its direct subsections' articles.
            hql.append(" and s.id in (select x.id from Section x left join x.parent xp"
                    + " where x.slug = :section or xp.slug = :section)");
            params.and("section", query.section());
        }
        for (int i = 0; i < query.tags().size(); i++) {
            hql.append(" and exists (select 1 from Article ta join ta.tags t where ta = a and t.slug = :tag")
                    .append(i).append(')');
            params.and("tag" + i, query.tags().get(i));
        }
        if (query.author() != null) {
            hql.append(" and exists (select 1 from Article aa join aa.authors au where aa = a and au.slug = :author)");
            params.and("author", query.author());
        }
        if (query.language() != null) {
            hql.append(" and (lower(a.language) = :lang or lower(a.language) like :langPrefix)");
            params.and("lang", query.language()).and("langPrefix", query.language() + "-%");
        }
        String dateField = "a." + query.dateField().field();
        if (query.from() != null) {
            hql.append(" and ").append(dateField).append(" >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            hql.append(" and ").append(dateField).append(" < :to");
            params.and("to", query.to());
        }
        ArticleSort sort = query.sort();
        String key = "a." + sort.field();
        if (query.cursor() != null) {
            String after = sort.descending() ? "<" : ">";
            // The first bound is implied by the second; it is there so the database can start the index scan at
            // the cursor instead of filtering every row before it (deep pages cost the same as the first).
            hql.append(" and ").append(key).append(' ').append(after).append("= :cursorKey");
            hql.append(" and (").append(key).append(' ').append(after).append(" :cursorKey or (")
                    .append(key).append(" = :cursorKey and a.id ").append(after).append(" :cursorId))");
            params.and("cursorKey", query.cursor().key()).and("cursorId", query.cursor().id());
        }
        String direction = sort.descending() ? " desc" : " asc";
        hql.append(" order by ").append(key).append(direction).append(", a.id").append(direction);
        // range is inclusive at both ends: limit + 1 rows.
        return find(hql.toString(), params).range(0, query.limit()).list();
    }

    private static Parameters visibility(Instant now) {
        return Parameters.with("published", ArticleStatus.PUBLISHED).and("now", now);
    }
}
