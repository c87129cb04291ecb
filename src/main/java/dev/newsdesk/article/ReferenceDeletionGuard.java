package dev.newsdesk.article;

import dev.newsdesk.article.revision.ArticleRevisionRepository;
import dev.newsdesk.reference.ReferenceDeleting;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.web.problem.EditorialProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Vetoes deleting a section, author, tag or media asset that an article uses, or that an article's pending draft
 * uses (publishing the draft would need it): a 409 naming what to do first. The reference features fire
 * {@link ReferenceDeleting} in their deleting transaction and know nothing of articles.
 */
@ApplicationScoped
public class ReferenceDeletionGuard {

    private final ReferenceUses uses;
    private final ArticleRevisionRepository revisions;

    public ReferenceDeletionGuard(ReferenceUses uses, ArticleRevisionRepository revisions) {
        this.uses = uses;
        this.revisions = revisions;
    }

    void refuseWhileUsed(@Observes ReferenceDeleting deleting) {
        if (uses.articlesUsing(deleting.kind(), deleting.id()) > 0) {
            throw EditorialProblems.inUse(name(deleting) + usedByArticles(deleting.kind()));
        }
        if (revisions.pendingDraftMentions(deleting.id())) {
            throw EditorialProblems.inUse(name(deleting) + (deleting.kind() == ReferenceKind.AUTHOR
                    ? " is credited in" : " is used by") + " an article's pending draft; "
                    + "publish or discard the draft first");
        }
    }

    private static String name(ReferenceDeleting deleting) {
        return switch (deleting.kind()) {
            case SECTION -> "Section '" + deleting.slug() + "'";
            case AUTHOR -> "Author '" + deleting.slug() + "'";
            case TAG -> "Tag '" + deleting.slug() + "'";
            case MEDIA -> "Media " + deleting.id();
        };
    }

    private static String usedByArticles(ReferenceKind kind) {
        return switch (kind) {
            case SECTION -> " still has articles; move them first";
            case AUTHOR -> " is credited on articles";
            case TAG -> " is on articles; remove it from them first";
            case MEDIA -> " is used by articles";
        };
    }
}
