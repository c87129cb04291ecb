package dev.newsdesk.article;

import dev.newsdesk.web.cache.ContentBoundaries;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Visible articles for features that list them: pages of the delivery lists and feeds, and articles chosen by id
 * (search hits, curated collections, related stories): one query per page, and whatever is no longer visible is
 * silently left out. A list changes without any write when a scheduled article enters it: the next such moment is
 * reported to {@link ContentBoundaries}, so no cache keeps the list past it (each shown article's expiry is reported
 * by {@link ArticleMapper}).
 */
@ApplicationScoped
public class VisibleArticles {

    private final ArticleRepository articles;
    private final ContentBoundaries boundaries;
    private final NextPublications nextPublications;

    public VisibleArticles(ArticleRepository articles, ContentBoundaries boundaries, NextPublications nextPublications) {
        this.articles = articles;
        this.boundaries = boundaries;
        this.nextPublications = nextPublications;
    }

    /** One page of a list plus one extra row ({@link ArticleRepository#findVisiblePage}). */
    public List<Article> page(ArticleListQuery query, Instant now) {
        List<Article> page = articles.findVisiblePage(query, now);
        ContentBoundaries.report(boundaries, null, nextPublications.next(query, now));
        return page;
    }

    /** As {@link #page}, the ids and sort keys only ({@link ArticleRepository#findVisiblePageKeys}). */
    public List<ArticleRepository.PageKey> pageKeys(ArticleListQuery query, Instant now) {
        List<ArticleRepository.PageKey> page = articles.findVisiblePageKeys(query, now);
        reportNextPublication(query, now);
        return page;
    }

    /** What every page of the list reports: the next scheduled article that would enter it. */
    void reportNextPublication(ArticleListQuery query, Instant now) {
        ContentBoundaries.report(boundaries, null, nextPublications.next(query, now));
    }

    public Map<UUID, Article> findByIds(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.list("select a from Article a join fetch a.section s left join fetch a.leadMedia "
                        + "where a.id in :ids and " + ArticleRepository.VISIBLE,
                        Parameters.with("ids", ids).and("published", ArticleStatus.PUBLISHED).and("now", now))
                .stream().collect(Collectors.toMap(Article::getId, Function.identity()));
    }

    /** How many visible articles each of these authors has in the byline. */
    public Map<UUID, Long> countByAuthor(Collection<UUID> authorIds, Instant now) {
        return count("au", "select au.id, count(a) from Article a join a.authors au where au.id in :ids and ",
                authorIds, now);
    }

    /** How many visible articles carry each of these tags. */
    public Map<UUID, Long> countByTag(Collection<UUID> tagIds, Instant now) {
        return count("t", "select t.id, count(a) from Article a join a.tagRows r join r.tag t where t.id in :ids and ", tagIds, now);
    }

    private Map<UUID, Long> count(String alias, String selectWhere, Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = articles.getEntityManager()
                .createQuery(selectWhere + ArticleRepository.VISIBLE + " group by " + alias + ".id", Object[].class)
                .setParameter("ids", ids).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", now).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    /**
     * Visible articles by id after {@code afterId} (null: from the start), optionally in one section, with one tag
     * or in one language: the initial sync of the change feed walks them page by page.
     */
    public List<Article> pageById(UUID afterId, int limit, Instant now, UUID sectionId, UUID tagId, String language) {
        StringBuilder hql = new StringBuilder("select a from Article a join fetch a.section s where ")
                .append(ArticleRepository.VISIBLE);
        Parameters parameters = Parameters.with("published", ArticleStatus.PUBLISHED).and("now", now);
        if (afterId != null) {
            hql.append(" and a.id > :after");
            parameters.and("after", afterId);
        }
        if (sectionId != null) {
            hql.append(" and s.id = :section");
            parameters.and("section", sectionId);
        }
        if (tagId != null) {
            hql.append(" and exists (select 1 from ArticleTag r where r.article = a and r.tag.id = :tag)");
            parameters.and("tag", tagId);
        }
        if (language != null) {
            hql.append(" and a.language = :language");
            parameters.and("language", language);
        }
        return articles.find(hql.append(" order by a.id").toString(), parameters).page(0, limit).list();
    }

    /** The visible ones among {@code ids}, in the given order. */
    public List<Article> inOrder(List<UUID> ids, Instant now) {
        Map<UUID, Article> found = findByIds(ids, now);
        if (found.size() < ids.size()) {
            // A chosen article not visible yet appears when its scheduled time comes.
            ContentBoundaries.report(boundaries, null, articles.getEntityManager().createQuery(
                            "select min(a.publishedAt) from Article a where a.id in :ids and a.status = :published "
                                    + "and a.publishedAt > :now", Instant.class)
                    .setParameter("ids", ids).setParameter("published", ArticleStatus.PUBLISHED)
                    .setParameter("now", now).getSingleResult());
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
