package dev.newsdesk.section;

import dev.newsdesk.section.api.SectionRequest;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.article.revision.RevisionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class SectionEditorialService {

    /** Deeper trees make menus unusable; the path builder also stops at this depth. */
    private static final int MAX_DEPTH = 4;

    private final SectionRepository sections;
    private final SectionMapper mapper;
    private final Clock clock;
    private final RevisionService revisions;

    public SectionEditorialService(SectionRepository sections, SectionMapper mapper, Clock clock,
                                   RevisionService revisions) {
        this.sections = sections;
        this.mapper = mapper;
        this.clock = clock;
        this.revisions = revisions;
    }

    @Transactional
    public Versioned<SectionResponse> create(SectionRequest request) {
        Section section = new Section();
        section.setId(UUID.randomUUID());
        section.setCreatedAt(clock.instant());
        apply(section, request);
        sections.persist(section);
        return saved(section);
    }

    @Transactional
    public Versioned<SectionResponse> update(UUID id, EntityTags.ExpectedVersion expected, SectionRequest request) {
        Section section = find(id, expected);
        apply(section, request);
        return saved(section);
    }

    /** A section that still holds articles (tombstones included) or subsections cannot go. */
    @Transactional
    public void delete(UUID id, EntityTags.ExpectedVersion expected) {
        Section section = find(id, expected);
        if (sections.countArticles(id) > 0) {
            throw EditorialProblems.inUse("Section '" + section.getSlug() + "' still has articles; move them first");
        }
        if (revisions.usedByPendingDraft(id)) {
            throw EditorialProblems.inUse("Section '" + section.getSlug() + "' is used by an article's pending draft; "
                    + "publish or discard the draft first");
        }
        if (sections.countChildren(id) > 0) {
            throw EditorialProblems.inUse("Section '" + section.getSlug() + "' still has subsections");
        }
        sections.delete(section);
        EntityTags.flushOrStale(sections::flush);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SectionResponse> get(UUID id) {
        Section section = find(id);
        return new Versioned<>(mapper.toResponse(section), section.getVersion());
    }

    private Versioned<SectionResponse> saved(Section section) {
        EntityTags.flushOrStale(sections::flush);
        return new Versioned<>(mapper.toResponse(section), section.getVersion());
    }

    private Section find(UUID id, EntityTags.ExpectedVersion expected) {
        Section section = find(id);
        expected.check(section.getVersion());
        return section;
    }

    private void apply(Section section, SectionRequest request) {
        EditorialProblems.requireFreeSlug(sections.findBySlug(request.slug()), Section::getId, section.getId(),
                "section", request.slug());
        Section parent = null;
        if (request.parentId() != null) {
            parent = sections.findById(request.parentId());
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
        }
        section.setSlug(request.slug());
        section.setName(request.name().strip());
        section.setDescription(request.description());
        section.setParent(parent);
        section.setPosition(request.position());
        section.setUpdatedAt(clock.instant());
    }

    private Section find(UUID id) {
        return sections.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("section", id.toString()));
    }
}
