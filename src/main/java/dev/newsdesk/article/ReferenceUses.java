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

    /** Articles showing the asset as lead media, social image or in an image block of their body. */
    private long mediaUses(UUID mediaId) {
        return articles.getEntityManager().createQuery("select count(a) from Article a where a.leadMedia.id = :id"
                        + " or a.socialImage.id = :id or a.bodyJson like :inBody", Long.class)
                .setParameter("id", mediaId).setParameter("inBody", "%" + mediaId + "%").getSingleResult();
    }

    private long count(String hql, UUID id) {
        return articles.getEntityManager().createQuery(hql, Long.class).setParameter("id", id).getSingleResult();
    }
}
