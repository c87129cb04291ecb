package dev.newsdesk.article;

import dev.newsdesk.reference.ReferenceChanging;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The rule for references that published articles show: an editor may change a tag or a media asset only while no
 * published article (live or scheduled) shows it; after that, its name, URL, caption or credit is what readers see,
 * and changing it takes a publisher, as a live edit of the article itself does. Sections and authors already take a
 * publisher or an admin to change.
 */
@ApplicationScoped
public class LiveReferenceGuard {

    private final ReferenceUses uses;
    private final SecurityIdentity identity;

    public LiveReferenceGuard(ReferenceUses uses, SecurityIdentity identity) {
        this.uses = uses;
        this.identity = identity;
    }

    void refuseEditorsOnLiveContent(@Observes ReferenceChanging changing) {
        if (identity.hasRole(Role.PUBLISHER_NAME)) {
            return;
        }
        long shown = uses.publishedArticlesUsing(changing.kind(), changing.id());
        if (shown > 0) {
            throw new ProblemException(ProblemCode.FORBIDDEN, "This " + (changing.kind() == ReferenceKind.MEDIA
                    ? "media asset" : changing.kind().noun()) + " is shown on " + shown
                    + (shown == 1 ? " published article" : " published articles")
                    + "; changing what readers see needs a publisher key");
        }
    }
}
