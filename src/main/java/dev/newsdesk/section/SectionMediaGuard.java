package dev.newsdesk.section;

import dev.newsdesk.reference.ReferenceDeleting;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.web.problem.EditorialProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A media asset shared as a section's social image stays until the section stops using it (409, never a 500). */
@ApplicationScoped
public class SectionMediaGuard {

    private final SectionRepository sections;

    public SectionMediaGuard(SectionRepository sections) {
        this.sections = sections;
    }

    void refuseWhileUsed(@Observes ReferenceDeleting deleting) {
        if (deleting.kind() == ReferenceKind.MEDIA && sections.count("seo.socialImage.id", deleting.id()) > 0) {
            throw EditorialProblems.inUse("Media " + deleting.id() + " is the social image of a section");
        }
    }
}
