package dev.newsdesk.syndication;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.article.ArticleStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The sitemap queries: every one a range of one index, in its order, with the delivery API's visibility rule
 * (ArticleRepository.VISIBLE). A month is a range of (published_at, status, expires_at, updated_at), the covering
 * index of V60, so counting it reads the index alone; a page walks (published_at, id); the news sitemap walks
 * (first_published_at, id) backwards from now.
 */
@ApplicationScoped
public class SitemapRepository implements PanacheRepositoryBase<Article, UUID> {

    private static final String VISIBLE = ArticleRepository.VISIBLE;

    /** When the oldest visible article was published: where the sitemap index starts. */
    public Optional<Instant> firstPublication(Instant now) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(a.publishedAt) from Article a where " + VISIBLE, Instant.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now).getSingleResult());
    }

    public SitemapMonth month(Instant from, Instant to, Instant now) {
        Object[] row = getEntityManager().createQuery("select count(*), max(a.updatedAt) from Article a where "
                        + VISIBLE + " and a.publishedAt >= :from and a.publishedAt < :to", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new SitemapMonth((Long) row[0], (Instant) row[1]);
    }

    /**
     * One page of a month, oldest first, streamed from the database: a page is a run of the month's index range,
     * so page n skips the (n - 1) pages before it within the month and never reads another month.
     */
    public Stream<SitemapUrl> monthPage(Instant from, Instant to, Instant now, int offset, int size) {
        TypedQuery<SitemapUrl> query = getEntityManager().createQuery("select new " + SitemapUrl.class.getName()
                        + "(a.id, a.slug, a.section.id, a.updatedAt, a.translationGroup) from Article a where " + VISIBLE
                        + " and a.publishedAt >= :from and a.publishedAt < :to order by a.publishedAt, a.id", SitemapUrl.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now)
                .setParameter("from", from).setParameter("to", to)
                .setFirstResult(offset).setMaxResults(size)
                .setHint("org.hibernate.fetchSize", 1000);
        return query.getResultStream();
    }

    /**
     * The visible members of translation groups, any month: by the group's original (primary key) and by
     * translation_group (its index, V78). Called with a few hundred groups at a time.
     */
    public List<SitemapAlternate> groupMembers(Collection<UUID> groups, Instant now) {
        return getEntityManager().createQuery("select new " + SitemapAlternate.class.getName()
                        + "(a.id, a.translationGroup, a.slug, a.section.id, a.language, a.createdAt) from Article a"
                        + " where " + VISIBLE + " and (a.id in :groups or a.translationGroup in :groups)",
                        SitemapAlternate.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now)
                .setParameter("groups", groups).getResultList();
    }

    /** Articles first published in [since, now], newest first, at most {@code limit}. */
    public List<NewsSitemapUrl> news(Instant since, Instant now, int limit) {
        return getEntityManager().createQuery("select new " + NewsSitemapUrl.class.getName()
                        + "(a.id, a.slug, a.section.id, a.headline, a.language, a.firstPublishedAt) from Article a"
                        + " where " + VISIBLE + " and a.firstPublishedAt >= :since and a.firstPublishedAt <= :now"
                        + " order by a.firstPublishedAt desc, a.id desc", NewsSitemapUrl.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", now)
                .setParameter("since", since).setMaxResults(limit).getResultList();
    }
}
