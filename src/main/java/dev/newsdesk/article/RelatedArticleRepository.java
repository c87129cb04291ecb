package dev.newsdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Queries behind "related stories": the editors' pins and the articles that share tags or the section. */
@ApplicationScoped
public class RelatedArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** Ids pinned as related to the article, in the editors' order (visible or not). */
    public List<UUID> findPinnedIds(UUID articleId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select cast(related_id as varchar(36)) from article_related"
                        + " where article_id = :id order by position")
                .setParameter("id", articleId).getResultList();
        return rows.stream().map(r -> UUID.fromString(r.toString())).toList();
    }

    /** Replaces the pins of an article with these ids, in this order. */
    public void replacePins(UUID articleId, List<UUID> relatedIds) {
        getEntityManager().createNativeQuery("delete from article_related where article_id = :id")
                .setParameter("id", articleId).executeUpdate();
        for (int i = 0; i < relatedIds.size(); i++) {
            getEntityManager().createNativeQuery("insert into article_related (article_id, position, related_id)"
                            + " values (:id, :position, :related)")
                    .setParameter("id", articleId).setParameter("position", i)
                    .setParameter("related", relatedIds.get(i)).executeUpdate();
        }
    }

    /**
     * Visible articles sharing a tag or the section with {@code article}: most shared tags first, then same
     * section, then newest. {@code excluded} (the article itself and its pins) never appears.
     */
    public List<Article> findSimilar(Article article, List<UUID> excluded, int limit, Instant now) {
        List<UUID> tagIds = new ArrayList<>(article.getTags().stream().map(t -> t.getId()).toList());
        if (tagIds.isEmpty()) {
            // "in ()" is not SQL; an id no tag has keeps the query valid and matches nothing.
            tagIds.add(article.getId());
        }
        String sharedTags = "(select count(r2) from ArticleTag r2 where r2.article = a and r2.tag.id in :tagIds)";
        return find("select a from Article a join fetch a.section s left join fetch a.leadMedia"
                        + " where " + ArticleRepository.VISIBLE + " and a.id not in :excluded"
                        + " and (s.id = :sectionId or exists (select 1 from ArticleTag r"
                        + " where r.article = a and r.tag.id in :tagIds))"
                        + " order by " + sharedTags + " desc, case when s.id = :sectionId then 1 else 0 end desc,"
                        + " a.publishedAt desc, a.id desc",
                Parameters.with("published", ArticleStatus.PUBLISHED).and("now", now).and("excluded", excluded)
                        .and("sectionId", article.getSection().getId()).and("tagIds", tagIds))
                .range(0, limit - 1).list();
    }
}
