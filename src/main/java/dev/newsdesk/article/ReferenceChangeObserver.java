package dev.newsdesk.article;

import dev.newsdesk.change.Reasons;
import dev.newsdesk.reference.ReferenceChanged;
import dev.newsdesk.reference.ReferenceKind;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A section, author, tag or media asset changed: every visible article that embeds it now reads differently, so
 * each is staged for the change log (readers with an offline copy refetch them; the reference's own surrogate key
 * already purges cached pages).
 */
@ApplicationScoped
class ReferenceChangeObserver {

    private final ArticleRepository articles;
    private final ArticleChanges changes;
    private final Clock clock;

    ReferenceChangeObserver(ArticleRepository articles, ArticleChanges changes, Clock clock) {
        this.articles = articles;
        this.changes = changes;
        this.clock = clock;
    }

    void stageArticlesUsing(@Observes ReferenceChanged changed) {
        Instant now = clock.instant();
        for (Article article : visibleUsing(changed, now)) {
            changes.dependencyChanged(article, Reasons.REFERENCE_CHANGED, now);
        }
    }

    /**
     * The articles readers see now that show the reference. A media asset shows as lead media, in the body, as the
     * social image, or as the poster of a video or audio asset that one of those places shows.
     */
    List<Article> visibleUsing(ReferenceChanged changed, Instant now) {
        if (changed.kind() != ReferenceKind.MEDIA) {
            return visibleShowing(changed.kind(), changed.id(), now);
        }
        Set<Article> showing = new LinkedHashSet<>(visibleShowing(ReferenceKind.MEDIA, changed.id(), now));
        List<UUID> postered = articles.getEntityManager()
                .createQuery("select v.id from MediaAsset v where v.poster.id = :id", UUID.class)
                .setParameter("id", changed.id()).getResultList();
        for (UUID owner : postered) {
            showing.addAll(visibleShowing(ReferenceKind.MEDIA, owner, now));
        }
        return List.copyOf(showing);
    }

    /**
     * The ids of the published articles showing the reference, whenever they are or were visible (a scheduled one
     * shows it from its publication on): their stored documents (ArticleDocuments) no longer hold.
     */
    List<UUID> publishedUsing(ReferenceChanged changed) {
        Set<UUID> showing = new LinkedHashSet<>(publishedShowing(changed.kind(), changed.id()));
        if (changed.kind() == ReferenceKind.MEDIA) {
            for (UUID owner : articles.getEntityManager()
                    .createQuery("select v.id from MediaAsset v where v.poster.id = :id", UUID.class)
                    .setParameter("id", changed.id()).getResultList()) {
                showing.addAll(publishedShowing(ReferenceKind.MEDIA, owner));
            }
        }
        return List.copyOf(showing);
    }

    private List<UUID> publishedShowing(ReferenceKind kind, UUID id) {
        var query = articles.getEntityManager().createQuery("select a.id from Article a join a.section s "
                + "left join s.parent p left join a.leadMedia m where (" + using(kind) + ") and a.status = :published",
                UUID.class).setParameter("id", id).setParameter("published", ArticleStatus.PUBLISHED);
        if (kind == ReferenceKind.MEDIA) {
            query.setParameter("inBody", "%" + id + "%");
        }
        return query.getResultList();
    }

    private static String using(ReferenceKind kind) {
        return switch (kind) {
            case SECTION -> "s.id = :id or p.id = :id";
            case AUTHOR -> "exists (select 1 from Article b join b.authors au where b = a and au.id = :id)";
            case TAG -> "exists (select 1 from ArticleTag r where r.article = a and r.tag.id = :id)";
            case MEDIA -> "m.id = :id or a.seo.socialImage.id = :id or a.bodyJson like :inBody";
        };
    }

    private List<Article> visibleShowing(ReferenceKind kind, UUID id, Instant now) {
        String using = using(kind);
        Parameters parameters = Parameters.with("id", id).and("published", ArticleStatus.PUBLISHED).and("now", now);
        if (kind == ReferenceKind.MEDIA) {
            parameters.and("inBody", "%" + id + "%");
        }
        return articles.list("select a from Article a join a.section s left join s.parent p left join a.leadMedia m"
                + " where (" + using + ") and " + ArticleRepository.VISIBLE, parameters);
    }
}
