package dev.newsdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    private final SectionFilters sectionFilters;

    ArticleRepository(SectionFilters sectionFilters) {
        this.sectionFilters = sectionFilters;
    }

    /**
     * Readers see an article only while it is published, its publication time has come and it has not expired.
     * Parameters {@code :published} (ArticleStatus.PUBLISHED) and {@code :now}; feeds and sitemaps use it too.
     */
    public static final String VISIBLE = "a.status = :published and a.publishedAt <= :now "
            + "and (a.expiresAt is null or a.expiresAt > :now)";

    /** What a summary shows, in the page query; bylines load in one batch per page (see Article's @BatchSize). */
    private static final String FETCH = "select a from Article a join fetch a.section s left join fetch s.parent"
            + " left join fetch a.leadMedia ";

    /**
     * The article page: the article, its section, photo and byline in one query, then its tags in a second one.
     * Joining the byline and the tags at once would return bylines times tags rows and fill the tag list once per
     * author (the tag rows are a bag); the second query fills the tags of the article already loaded.
     */
    private static final String FETCH_WHOLE = FETCH + "left join fetch a.authors ";
    private static final String FETCH_TAGS = "select a from Article a left join fetch a.tagRows tr left join fetch tr.tag"
            + " where a = :article";

    public Optional<Article> findVisibleById(UUID id, Instant now) {
        return withTags(find(FETCH_WHOLE + "where a.id = :id and " + VISIBLE, visibility(now).and("id", id))
                .singleResultOptional());
    }

    public Optional<Article> findVisibleBySlug(String slug, Instant now) {
        return withTags(find(FETCH_WHOLE + "where a.slug = :slug and " + VISIBLE, visibility(now).and("slug", slug))
                .singleResultOptional());
    }

    /** Every article of a translation group, whatever its status, oldest first (the group's first article leads). */
    public List<Article> findGroup(UUID group) {
        return originalFirst(group, list("select a from Article a join fetch a.section s left join fetch s.parent "
                + "where a.id = ?1 or a.translationGroup = ?1 order by a.createdAt, a.id", group));
    }

    /** Whether any article was translated into the group this article started. */
    public boolean hasTranslations(UUID group) {
        return count("translationGroup", group) > 0;
    }

    /** The articles of a translation group readers see now. */
    public List<Article> findVisibleGroup(UUID group, Instant now) {
        return originalFirst(group, list("select a from Article a join fetch a.section s left join fetch s.parent "
                + "where (a.id = :group or a.translationGroup = :group) and " + VISIBLE + " order by a.createdAt, a.id",
                visibility(now).and("group", group)));
    }

    /** The articles readers see now of any of these translation groups, as a summary shows them, in one query. */
    public List<Article> findVisibleInGroups(java.util.Collection<UUID> groups, Instant now) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return list(FETCH + "where (a.id in :groups or a.translationGroup in :groups) and " + VISIBLE
                + " order by a.createdAt, a.id", visibility(now).and("groups", groups));
    }

    /** The group's first article leads even when a translation was created in the same instant. */
    private static List<Article> originalFirst(UUID group, List<Article> members) {
        List<Article> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing((Article a) -> !a.getId().equals(group)));
        return ordered;
    }

    /** Whole articles (as the article page shows them) whatever their status, tags loaded: two queries. */
    public List<Article> findWholeByIds(java.util.Collection<UUID> ids) {
        List<Article> found = find(FETCH_WHOLE + "where a.id in :ids", Parameters.with("ids", ids)).list();
        if (!found.isEmpty()) {
            find("select distinct a from Article a left join fetch a.tagRows tr left join fetch tr.tag where a.id in :ids",
                    Parameters.with("ids", ids)).list();
        }
        return found.stream().distinct().toList();
    }

    private Optional<Article> withTags(Optional<Article> article) {
        article.ifPresent(a -> find(FETCH_TAGS, Parameters.with("article", a)).singleResult());
        return article;
    }

    /** Any article with this slug, whatever its status: editorial lookups and tombstones. */
    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * One page of visible articles plus one extra row, which tells the caller whether a next page exists.
     * <p>
     * A page ordered by publication time is read along an index in that order, from the cursor on: the article
     * index, or the section one; a page of one or more tags and nothing else comes from the first tag's timeline
     * (see {@link #tagTimelinePage}). Other combinations filter while they walk the article index.
     */
    public List<Article> findVisiblePage(ArticleListQuery query, Instant now) {
        PageQuery page = pageQuery(FETCH, query, now, sectionIds(query));
        // range is inclusive at both ends: limit + 1 rows (a tag timeline page is limited in its subquery).
        return page.timeline() ? find(page.hql(), page.params()).list()
                : find(page.hql(), page.params()).range(0, query.limit()).list();
    }

    /**
     * As {@link #findVisiblePage}, the ids and sort keys only: a page made of stored summaries reads no article
     * row, body or photo (ListPageBody).
     */
    public List<PageKey> findVisiblePageKeys(ArticleListQuery query, Instant now) {
        PageQuery page = pageQuery("select a.id, a." + query.sort().field() + " from Article a ", query, now,
                sectionIds(query));
        jakarta.persistence.TypedQuery<Object[]> keys = getEntityManager().createQuery(page.hql(), Object[].class);
        page.params().map().forEach(keys::setParameter);
        if (!page.timeline()) {
            keys.setMaxResults(query.limit() + 1);
        }
        return keys.getResultList().stream().map(row -> new PageKey((UUID) row[0], (Instant) row[1])).toList();
    }

    /** One row of a page: the article and the value of the list's sort key, which a cursor after it records. */
    public record PageKey(UUID id, Instant key) {
    }

    private record PageQuery(String hql, Parameters params, boolean timeline) {
    }

    /** The sections a section filter lists (see SectionFilters), or null without one. */
    private List<UUID> sectionIds(ArticleListQuery query) {
        return query.section() == null ? null : sectionFilters.sectionAndChildren(query.section());
    }

    /** The page's query after {@code select}, which names the article {@code a}. */
    private static PageQuery pageQuery(String select, ArticleListQuery query, Instant now, List<UUID> sectionIds) {
        if (onTagTimeline(query)) {
            return tagTimelinePage(select, query, now);
        }
        StringBuilder hql = new StringBuilder(select).append("where ").append(VISIBLE);
        Parameters params = visibility(now);
        appendFilters(hql, params, query, sectionIds);
        appendRangeAndCursor(hql, params, query, "a." + query.dateField().field(), "a." + query.sort().field(), "a.id");
        appendOrder(hql, query.sort(), "a." + query.sort().field(), "a.id");
        return new PageQuery(hql.toString(), params, false);
    }

    /**
     * The earliest scheduled publication still ahead among the articles a list with these filters would show once
     * it comes (date range and cursor left aside: an upper bound is enough), or null. A walk of the publication
     * index from now on, over the few articles scheduled.
     */
    public Instant nextPublication(ArticleListQuery query, Instant now) {
        StringBuilder hql = new StringBuilder("select min(a.publishedAt) from Article a "
                + "where a.status = :published and a.publishedAt > :now");
        Parameters params = visibility(now);
        appendFilters(hql, params, query, sectionIds(query));
        jakarta.persistence.TypedQuery<Instant> min = getEntityManager().createQuery(hql.toString(), Instant.class);
        params.map().forEach(min::setParameter);
        return min.getSingleResult();
    }

    /** The section (with its direct subsections, resolved to ids), tag, author and language filters of a list. */
    private static void appendFilters(StringBuilder hql, Parameters params, ArticleListQuery query,
                                      List<UUID> sectionIds) {
        if (sectionIds != null && sectionIds.isEmpty()) {
            hql.append(" and a.id is null"); // no section has the slug: nothing is listed
        } else if (sectionIds != null) {
            hql.append(" and a.section.id in :sectionIds");
            params.and("sectionIds", sectionIds);
        }
        for (int i = 0; i < query.tags().size(); i++) {
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
    }

    /**
     * A tag page from the tag's timeline in article_tag, whose rows copy their article's publication window (see
     * {@link ArticleTag}). The page's ids are chosen on the index (tag_id, published_at, article_id, expires_at)
     * alone, limit included, inside the subquery: the database cannot join articles, sections or photos to rows
     * that will not be on the page, however it estimates a popular tag. Then only those articles are read.
     */
    private static PageQuery tagTimelinePage(String select, ArticleListQuery query, Instant now) {
        StringBuilder ids = new StringBuilder("select tl.article.id from ArticleTag tl"
                + " where tl.tag.id = (select t.id from Tag t where t.slug = :tag0)"
                + " and tl.publishedAt <= :now and (tl.expiresAt is null or tl.expiresAt > :now)");
        Parameters params = visibility(now).and("tag0", query.tags().get(0));
        for (int i = 1; i < query.tags().size(); i++) {
            ids.append(" and exists (select 1 from ArticleTag x join x.tag t where x.article.id = tl.article.id"
                    + " and t.slug = :tag").append(i).append(')');
            params.and("tag" + i, query.tags().get(i));
        }
        appendRangeAndCursor(ids, params, query, "tl.publishedAt", "tl.publishedAt", "tl.article.id");
        appendOrder(ids, query.sort(), "tl.publishedAt", "tl.article.id");
        ids.append(" limit ").append(query.limit() + 1);
        // The article's own visibility is checked again: the copy must never show what the article would not.
        StringBuilder hql = new StringBuilder(select).append("where a.id in (").append(ids).append(") and ")
                .append(VISIBLE);
        appendOrder(hql, query.sort(), "a." + query.sort().field(), "a.id");
        return new PageQuery(hql.toString(), params, true);
    }

    /** Only tags, ordered by publication time: the other filters are not on the timeline. */
    private static boolean onTagTimeline(ArticleListQuery query) {
        boolean dateRangeOnTimeline = (query.from() == null && query.to() == null)
                || query.dateField() == DateField.PUBLISHED;
        return !query.tags().isEmpty() && query.sort().field().equals("publishedAt") && query.section() == null
                && query.author() == null && query.language() == null && dateRangeOnTimeline;
    }

    private static void appendRangeAndCursor(StringBuilder hql, Parameters params, ArticleListQuery query,
                                             String dateField, String key, String id) {
        if (query.from() != null) {
            hql.append(" and ").append(dateField).append(" >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            hql.append(" and ").append(dateField).append(" < :to");
            params.and("to", query.to());
        }
        if (query.cursor() != null) {
            String after = query.sort().descending() ? "<" : ">";
            // The first bound is implied by the second; it is there so the database can start the index scan at
            // the cursor instead of filtering every row before it (deep pages cost the same as the first).
            hql.append(" and ").append(key).append(' ').append(after).append("= :cursorKey");
            hql.append(" and (").append(key).append(' ').append(after).append(" :cursorKey or (")
                    .append(key).append(" = :cursorKey and ").append(id).append(' ').append(after)
                    .append(" :cursorId))");
            params.and("cursorKey", query.cursor().key()).and("cursorId", query.cursor().id());
        }
    }

    private static void appendOrder(StringBuilder hql, ArticleSort sort, String key, String id) {
        String direction = sort.descending() ? " desc" : " asc";
        hql.append(" order by ").append(key).append(direction).append(", ").append(id).append(direction);
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
