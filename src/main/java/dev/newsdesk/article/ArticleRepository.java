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

    private static final String FETCH = "select a from Article a join fetch a.section s left join fetch a.leadMedia ";

    public Optional<Article> findVisibleById(UUID id, Instant now) {
        return find(FETCH + "where a.id = :id and " + VISIBLE, visibility(now).and("id", id)).firstResultOptional();
    }

    public Optional<Article> findVisibleBySlug(String slug, Instant now) {
        return find(FETCH + "where a.slug = :slug and " + VISIBLE, visibility(now).and("slug", slug))
                .firstResultOptional();
    }

    /** Any article with this slug, whatever its status: editorial lookups and tombstones. */
    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * One page of visible articles plus one extra row, which tells the caller whether a next page exists.
     * <p>
     * A page ordered by publication time is read along an index in that order, from the cursor on: the article
     * index, the section one, or, with a tag filter, the tag's own timeline in article_tag (see {@link ArticleTag}).
     */
    public List<Article> findVisiblePage(ArticleListQuery query, Instant now) {
        ArticleSort sort = query.sort();
        boolean byTagTimeline = !query.tags().isEmpty() && sort.field().equals("publishedAt");
        // Along a tag's timeline, the order, the range and the cursor are those of the tag row (same value).
        String key = byTagTimeline ? "tl.publishedAt" : "a." + sort.field();
        String id = byTagTimeline ? "tl.article.id" : "a.id";
        StringBuilder hql = new StringBuilder();
        Parameters params = visibility(now);
        if (byTagTimeline) {
            hql.append("select a from ArticleTag tl join tl.article a join fetch a.section s left join fetch a.leadMedia"
                    + " where tl.tag.id = (select t.id from Tag t where t.slug = :tag0) and tl.publishedAt <= :now and ");
            params.and("tag0", query.tags().get(0));
        } else {
            hql.append(FETCH).append("where ");
        }
        hql.append(VISIBLE);
        if (query.section() != null) {
            // A section page also lists its direct subsections' articles.
            hql.append(" and s.id in (select x.id from Section x left join x.parent xp"
                    + " where x.slug = :section or xp.slug = :section)");
            params.and("section", query.section());
        }
        for (int i = byTagTimeline ? 1 : 0; i < query.tags().size(); i++) {
            hql.append(" and exists (select 1 from ArticleTag x join x.tag t where x.article = a and t.slug = :tag")
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
        String dateField = byTagTimeline && query.dateField().field().equals("publishedAt")
                ? key : "a." + query.dateField().field();
        if (query.from() != null) {
            hql.append(" and ").append(dateField).append(" >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            hql.append(" and ").append(dateField).append(" < :to");
            params.and("to", query.to());
        }
        if (query.cursor() != null) {
            String after = sort.descending() ? "<" : ">";
            // The first bound is implied by the second; it is there so the database can start the index scan at
            // the cursor instead of filtering every row before it (deep pages cost the same as the first).
            hql.append(" and ").append(key).append(' ').append(after).append("= :cursorKey");
            hql.append(" and (").append(key).append(' ').append(after).append(" :cursorKey or (")
                    .append(key).append(" = :cursorKey and ").append(id).append(' ').append(after)
                    .append(" :cursorId))");
            params.and("cursorKey", query.cursor().key()).and("cursorId", query.cursor().id());
        }
        String direction = sort.descending() ? " desc" : " asc";
        hql.append(" order by ").append(key).append(direction).append(", ").append(id).append(direction);
        // range is inclusive at both ends: limit + 1 rows.
        return find(hql.toString(), params).range(0, query.limit()).list();
    }

    /** One page of the editorial list (any state the query asks for) plus one extra row, newest update first. */
    public List<Article> findEditorialPage(EditorialArticleQuery query) {
        StringBuilder hql = new StringBuilder("select a from Article a join fetch a.section s where a.status in :statuses");
        Parameters params = Parameters.with("statuses", query.statuses());
        if (query.section() != null) {
            hql.append(" and s.id in (select x.id from Section x left join x.parent xp"
                    + " where x.slug = :section or xp.slug = :section)");
            params.and("section", query.section());
        }
        if (query.cursor() != null) {
            // As in findVisiblePage: the first bound lets the index scan start at the cursor.
            hql.append(" and a.updatedAt <= :cursorKey and (a.updatedAt < :cursorKey"
                    + " or (a.updatedAt = :cursorKey and a.id < :cursorId))");
            params.and("cursorKey", query.cursor().updatedAt()).and("cursorId", query.cursor().id());
        }
        hql.append(" order by a.updatedAt desc, a.id desc");
        return find(hql.toString(), params).range(0, query.limit()).list();
    }

    private static Parameters visibility(Instant now) {
        return Parameters.with("published", ArticleStatus.PUBLISHED).and("now", now);
    }
}
