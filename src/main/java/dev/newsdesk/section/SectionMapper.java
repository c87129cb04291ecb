package dev.newsdesk.section;

import dev.newsdesk.media.MediaMapper;
import dev.newsdesk.section.api.EditorialSection;
import dev.newsdesk.section.api.SectionCrumb;
import dev.newsdesk.section.api.SectionRef;
import dev.newsdesk.seo.Robots;
import dev.newsdesk.seo.api.SeoResponse;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.section.api.SectionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class SectionMapper {

    private final MediaMapper media;

    public SectionMapper(MediaMapper media) {
        this.media = media;
    }

    public SectionRef toRef(Section section) {
        List<Section> chain = chain(section);
        List<SectionCrumb> ancestors = new ArrayList<>(chain.size() - 1);
        StringBuilder path = new StringBuilder();
        for (Section s : chain) {
            path.append('/').append(s.getSlug());
            if (s != section) {
                ancestors.add(new SectionCrumb(s.getId(), s.getSlug(), s.getName(), path.toString()));
            }
        }
        return new SectionRef(section.getId(), section.getSlug(), section.getName(), path.toString(),
                List.copyOf(ancestors));
    }

    public SectionResponse toResponse(Section section) {
        Section parent = section.getParent();
        return new SectionResponse(section.getId(), section.getSlug(), section.getName(), section.getDescription(),
                parent == null ? null : toRef(parent), section.getPosition(), path(section));
    }

    public EditorialSection toEditorial(Section section) {
        Section parent = section.getParent();
        return new EditorialSection(section.getId(), section.getSlug(), section.getName(), section.getDescription(),
                parent == null ? null : toRef(parent), section.getPosition(), path(section),
                section.getSeo().toInput());
    }

    /** The section page's search and social metadata with the defaults applied. */
    public SeoResponse seo(Section section, SitePaths.Site site) {
        return new SeoResponse(section.getSeo().titleOr(section.getName()),
                section.getSeo().descriptionOr(section.getDescription()),
                media.toDelivered(section.getSeo().getSocialImage()), Robots.read(section.getSeo().getRobots()),
                site.url(path(section)));
    }

    /** Site path of the section page, through its ancestors: /international/asia-pacific. */
    public String path(Section section) {
        StringBuilder path = new StringBuilder();
        for (Section s : chain(section)) {
            path.append('/').append(s.getSlug());
        }
        return path.toString();
    }

    /** The section and those above it, outermost first. */
    private static List<Section> chain(Section section) {
        List<Section> chain = new ArrayList<>();
        int depth = 0;
        // Bounded walk: a corrupt parent cycle must not hang a request.
        for (Section s = section; s != null && depth < 8; s = s.getParent(), depth++) {
            chain.add(0, s);
        }
        return chain;
    }
}
