package dev.newsdesk.article;

import dev.newsdesk.reference.ReferenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * How many articles, in any state, use a section, author, tag or media asset: a tombstone still names its section,
 * byline and tags, and a withdrawn article may come back.
 */
@ApplicationScoped
public class ReferenceUses {

    private final ArticleRepository articles;

    public ReferenceUses(ArticleRepository articles) {
        this.articles = articles;
    }

    public long articlesUsing(ReferenceKind kind, UUID id) {
        return switch (kind) {
            case SECTION -> count("select count(a) from Article a where a.section.id = :id", id);
            case AUTHOR -> count("select count(a) from Article a join a.authors au where au.id = :id", id);
            case TAG -> count("select count(r) from ArticleTag r where r.tag.id = :id", id);
            case MEDIA -> mediaUses(id);
        };
    }

    /** Published articles (live or scheduled) that show the reference: what readers see or are about to. */
    public long publishedArticlesUsing(ReferenceKind kind, UUID id) {
        String published = " and a.status = :published";
        return switch (kind) {
            case SECTION -> countPublished("select count(a) from Article a where a.section.id = :id" + published, id);
            case AUTHOR -> countPublished("select count(a) from Article a join a.authors au where au.id = :id"
                    + published, id);
            case TAG -> countPublished("select count(r) from ArticleTag r join r.article a where r.tag.id = :id"
                    + published, id);
            case MEDIA -> articles.getEntityManager().createQuery("select count(a) from Article a where"
                            + " (a.leadMedia.id = :id or a.seo.socialImage.id = :id or a.bodyJson like :inBody)" + published, Long.class)
                    .setParameter("id", id).setParameter("inBody", "%" + id + "%")
                    .setParameter("published", ArticleStatus.PUBLISHED).getSingleResult();
        };
    }

    /** Articles showing the asset as lead media, social image or in an image block of their body. */
    private long mediaUses(UUID mediaId) {
        return articles.getEntityManager().createQuery("select count(a) from Article a where a.leadMedia.id = :id"
                        + " or a.seo.socialImage.id = :id or a.bodyJson like :inBody", Long.class)
                .setParameter("id", mediaId).setParameter("inBody", "%" + mediaId + "%").getSingleResult();
    }

    private long countPublished(String hql, UUID id) {
        return articles.getEntityManager().createQuery(hql, Long.class).setParameter("id", id)
                .setParameter("published", ArticleStatus.PUBLISHED).getSingleResult();
    }

    private long count(String hql, UUID id) {
        return articles.getEntityManager().createQuery(hql, Long.class).setParameter("id", id).getSingleResult();
    }
}
