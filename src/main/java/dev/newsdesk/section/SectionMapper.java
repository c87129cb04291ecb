package dev.newsdesk.section;

import dev.newsdesk.section.api.SectionRef;
import dev.newsdesk.section.api.SectionResponse;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SectionMapper {

    public SectionRef toRef(Section section) {
        return new SectionRef(section.getId(), section.getSlug(), section.getName());
    }

    public SectionResponse toResponse(Section section) {
        Section parent = section.getParent();
        return new SectionResponse(section.getId(), section.getSlug(), section.getName(), section.getDescription(),
                parent == null ? null : toRef(parent), section.getPosition(), path(section));
    }

    /** Site path of the section page, through its ancestors: /international/asia-pacific. */
    public String path(Section section) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        // Bounded walk: a corrupt parent cycle must not hang a request.
        for (Section s = section; s != null && depth < 8; s = s.getParent(), depth++) {
            path.insert(0, "/" + s.getSlug());
        }
        return path.toString();
    }
}
