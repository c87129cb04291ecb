package dev.newsdesk.section;

import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Localized;
import dev.newsdesk.section.api.SectionTranslation;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.newsdesk.reference.EditableReference;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.section.api.SectionRequest;
import dev.newsdesk.section.api.EditorialSection;
import dev.newsdesk.seo.api.SeoInput;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import java.util.UUID;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.web.problem.EditorialProblems;
import jakarta.enterprise.context.ApplicationScoped;

/** What editing a section adds to the shared steps: its place in the section tree, which stays shallow and acyclic. */
@ApplicationScoped
public class SectionEditing implements EditableReference<Section, SectionRequest, EditorialSection> {

    /** Deeper trees make menus unusable; the path builder also stops at this depth. */
    private static final int MAX_DEPTH = 4;

    private final SectionRepository sections;
    private final SectionMapper mapper;
    private final MediaAssetRepository media;
    private final EditionService editions;

    public SectionEditing(SectionRepository sections, SectionMapper mapper, MediaAssetRepository media,
                          EditionService editions) {
        this.sections = sections;
        this.mapper = mapper;
        this.media = media;
        this.editions = editions;
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
        Map<String, SectionTranslation> translations = request.translations() == null ? Map.of()
                : Localized.normalized(request.translations());
        List<Problem.FieldError> errors = new ArrayList<>();
        Localized.checkLanguages(request.translations() == null ? List.of() : request.translations().keySet(),
                "/translations", editions.current(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        section.setTranslationsJson(mapper.write(translations));
        section.setSlug(request.slug());
        section.setName(request.name().strip());
        section.setDescription(request.description());
        section.setParent(parent);
        section.setPosition(request.position());
        SeoInput seo = request.seo();
        section.editSeo().apply(seo, seo == null || seo.socialImageId() == null ? null : socialImage(seo.socialImageId()));
    }

    private MediaAsset socialImage(UUID id) {
        MediaAsset image = media.findById(id);
        if (image == null) {
            throw EditorialProblems.unprocessable("/seo/socialImageId", "no media asset has id " + id);
        }
        return image;
    }

    /** Subsections would lose their place in the tree: a section that has some stays. */
    @Override
    public void checkDeletable(Section section) {
        if (sections.countChildren(section.getId()) > 0) {
            throw EditorialProblems.inUse("Section '" + section.getSlug() + "' still has subsections");
        }
    }

    @Override
    public EditorialSection toResponse(Section section) {
        return mapper.toEditorial(section);
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
