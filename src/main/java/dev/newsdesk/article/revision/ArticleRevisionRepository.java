package dev.newsdesk.article.revision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevision, UUID> {

    public int lastNumber(UUID articleId) {
        Integer last = getEntityManager()
                .createQuery("select max(r.number) from ArticleRevision r where r.articleId = :article", Integer.class)
                .setParameter("article", articleId).getSingleResult();
        return last == null ? 0 : last;
    }

    public List<ArticleRevision> listByArticle(UUID articleId) {
        return list("articleId = ?1 order by number", articleId);
    }

    /** Revisions readers have been able to see by now, oldest first. */
    public List<ArticleRevision> listSeenByReaders(UUID articleId, Instant now) {
        return list("articleId = :article and visibleFrom is not null and visibleFrom <= :now order by number",
                Parameters.with("article", articleId).and("now", now));
    }

    /**
     * Whether any article's pending draft refers to this id (section, author, tag or media asset). Snapshots are JSON
     * text in which every reference is a quoted UUID, so a text match is exact; pending drafts are few.
     */
    public boolean pendingDraftMentions(UUID id) {
        return getEntityManager().createQuery("select count(r) from ArticleRevision r, Article a"
                        + " where a.id = r.articleId and a.pendingRevision = r.number and r.snapshot like :quoted",
                        Long.class)
                .setParameter("quoted", "%\"" + id + "\"%").getSingleResult() > 0;
    }

    public Optional<ArticleRevision> findByNumber(UUID articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
    }
}
