package dev.newsdesk.section;

import dev.newsdesk.reference.EditableReference;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.section.api.SectionRequest;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.web.problem.EditorialProblems;
import jakarta.enterprise.context.ApplicationScoped;

/** What editing a section adds to the shared steps: its place in the section tree, which stays shallow and acyclic. */
@ApplicationScoped
public class SectionEditing implements EditableReference<Section, SectionRequest, SectionResponse> {

    /** Deeper trees make menus unusable; the path builder also stops at this depth. */
    private static final int MAX_DEPTH = 4;

    private final SectionRepository sections;
    private final SectionMapper mapper;

    public SectionEditing(SectionRepository sections, SectionMapper mapper) {
        this.sections = sections;
        this.mapper = mapper;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.SECTION;
    }

    @Override
    public SectionRepository repository() {
        return sections;
    }

    @Override
    public Section newEntity() {
        return new Section();
    }

    @Override
    public String slug(SectionRequest request) {
        return request.slug();
    }

    @Override
    public String slugOf(Section section) {
        return section.getSlug();
    }

    @Override
    public void apply(Section section, SectionRequest request) {
        if (SitePaths.RESERVED_SECTION_SLUGS.contains(request.slug())) {
            throw EditorialProblems.unprocessable("/slug", "is the first segment of other pages' paths ("
                    + String.join(", ", SitePaths.RESERVED_SECTION_SLUGS.stream().sorted().toList())
                    + "); choose another slug");
        }
        Section parent = parent(section, request);
        section.setSlug(request.slug());
        section.setName(request.name().strip());
        section.setDescription(request.description());
        section.setParent(parent);
        section.setPosition(request.position());
    }

    /** Subsections would lose their place in the tree: a section that has some stays. */
    @Override
    public void checkDeletable(Section section) {
        if (sections.countChildren(section.getId()) > 0) {
            throw EditorialProblems.inUse("Section '" + section.getSlug() + "' still has subsections");
        }
    }

    @Override
    public SectionResponse toResponse(Section section) {
        return mapper.toResponse(section);
    }

    private Section parent(Section section, SectionRequest request) {
        if (request.parentId() == null) {
            return null;
        }
        Section parent = sections.findById(request.parentId());
        if (parent == null) {
            throw EditorialProblems.unprocessable("/parentId", "no section has id " + request.parentId());
        }
        int depth = 1;
        for (Section s = parent; s != null; s = s.getParent(), depth++) {
            if (s.getId().equals(section.getId())) {
                throw EditorialProblems.unprocessable("/parentId", "a section cannot be inside itself");
            }
            if (depth >= MAX_DEPTH) {
                throw EditorialProblems.unprocessable("/parentId", "sections nest at most " + MAX_DEPTH + " deep");
            }
        }
        return parent;
    }
}
