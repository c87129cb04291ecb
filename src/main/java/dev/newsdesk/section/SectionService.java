package dev.newsdesk.section;

import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.section.api.SectionDetail;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.section.api.SectionList;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class SectionService {

    private final SectionRepository sections;
    private final SectionMapper mapper;
    private final SectionCollections collections;
    private final SitePaths sitePaths;
    private final EditionService editions;

    public SectionService(SectionRepository sections, SectionMapper mapper, SectionCollections collections,
                          SitePaths sitePaths, EditionService editions) {
        this.editions = editions;
        this.sections = sections;
        this.mapper = mapper;
        this.collections = collections;
        this.sitePaths = sitePaths;
    }

    /** Sections in menu order: each parent followed by its children, every level sorted by position. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionList list() {
        return list(DisplayLanguage.DEFAULT);
    }

    /** The sections with their names in the reader's edition (lang, else Accept-Language, else the default). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionList list(String lang, String acceptLanguage) {
        return list(negotiate(lang, acceptLanguage));
    }

    private SectionList list(DisplayLanguage display) {
        List<Section> all = sections.listAllWithParents();
        Map<UUID, List<Section>> children = all.stream().filter(s -> s.getParent() != null)
                .collect(Collectors.groupingBy(s -> s.getParent().getId()));
        List<SectionResponse> ordered = new ArrayList<>();
        all.stream().filter(s -> s.getParent() == null)
                .sorted(Comparator.comparingInt(Section::getPosition).thenComparing(Section::getSlug))
                .forEach(root -> addTree(root, children, ordered, 0, display));
        return new SectionList(ordered);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionResponse getBySlug(String slug) {
        return sections.findBySlug(slug).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("section", slug));
    }

    /** The section, with its curated collections under included when asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionDetail getBySlug(String slug, boolean withCollections, String lang, String acceptLanguage) {
        DisplayLanguage display = negotiate(lang, acceptLanguage);
        Section section = sections.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("section", slug));
        return new SectionDetail(mapper.toResponse(section, display), withCollections
                ? collections.includedFor(slug, display.chain().isEmpty() ? null : display.chain().get(0)) : null,
                mapper.seo(section, sitePaths.site()));
    }

    private DisplayLanguage negotiate(String lang, String acceptLanguage) {
        return editions.display(lang, acceptLanguage);
    }

    private void addTree(Section node, Map<UUID, List<Section>> children, List<SectionResponse> out, int depth,
                         DisplayLanguage display) {
        out.add(mapper.toResponse(node, display));
        if (depth > 8) {
            return;
        }
        children.getOrDefault(node.getId(), List.of()).stream()
                .sorted(Comparator.comparingInt(Section::getPosition).thenComparing(Section::getSlug))
                .forEach(child -> addTree(child, children, out, depth + 1, display));
    }
}
