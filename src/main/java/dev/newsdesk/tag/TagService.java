package dev.newsdesk.tag;

import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.tag.api.TagListItem;
import dev.newsdesk.tag.api.TagPage;
import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.reference.ArticleCounts;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.SlugCursor;
import dev.newsdesk.web.paging.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TagService {

    public static final String LIST = "tags";

    private final TagRepository tags;
    private final TagMapper mapper;
    private final ArticleCounts articles;

    private final EditionService editions;

    public TagService(TagRepository tags, TagMapper mapper, ArticleCounts articles, EditionService editions) {
        this.editions = editions;
        this.tags = tags;
        this.mapper = mapper;
        this.articles = articles;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TagResponse getBySlug(String slug) {
        return tags.findBySlug(slug).map(mapper::toResponse).orElseThrow(() -> ProblemException.notFound("tag", slug));
    }

    /** The tag in the reader's edition (lang, else Accept-Language, else the default). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TagResponse getBySlug(String slug, String lang, String acceptLanguage) {
        DisplayLanguage display = editions.display(lang, acceptLanguage);
        return tags.findBySlug(slug).map(tag -> mapper.toResponse(tag, display))
                .orElseThrow(() -> ProblemException.notFound("tag", slug));
    }

    /**
     * Tags by slug, optionally of one type, each with the number of visible articles carrying it and its name in
     * the reader's edition.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TagPage list(TagType type, String afterSlug, int limit, String lang, String acceptLanguage,
                        PageAddress at) {
        DisplayLanguage display = editions.display(lang, acceptLanguage);
        PageWindow<Tag> page = PageWindow.of(tags.findPageAfter(type, afterSlug, limit), limit);
        Map<UUID, Long> counts = articles.visibleByTag(page.items().stream().map(Tag::getId).toList());
        List<TagListItem> items = page.items().stream().map(t -> mapper.toResponse(t, display))
                .map(t -> new TagListItem(t.id(), t.slug(), t.name(), t.type(), counts.getOrDefault(t.id(), 0L)))
                .toList();
        String next = page.next(last -> SlugCursor.encode(LIST, last.getSlug()));
        return new TagPage(items, new PageMeta(limit, next), at.links(next));
    }
}
