package dev.newsdesk.author;

import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.author.api.AuthorListItem;
import dev.newsdesk.author.api.AuthorPage;
import dev.newsdesk.author.api.AuthorResponse;
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
public class AuthorService {

    public static final String LIST = "authors";

    private final AuthorRepository authors;
    private final AuthorMapper mapper;
    private final ArticleCounts articles;

    private final EditionService editions;

    public AuthorService(AuthorRepository authors, AuthorMapper mapper, ArticleCounts articles, EditionService editions) {
        this.editions = editions;
        this.authors = authors;
        this.mapper = mapper;
        this.articles = articles;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorResponse getBySlug(String slug) {
        return authors.findBySlug(slug).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("author", slug));
    }

    /** The author in the reader's edition (lang, else Accept-Language, else the default). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorResponse getBySlug(String slug, String lang, String acceptLanguage) {
        DisplayLanguage display = editions.display(lang, acceptLanguage);
        return authors.findBySlug(slug).map(author -> mapper.toResponse(author, display))
                .orElseThrow(() -> ProblemException.notFound("author", slug));
    }

    /**
     * Authors by slug, each with the number of visible articles in their byline, their name and title in the
     * reader's edition.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorPage list(String afterSlug, int limit, String lang, String acceptLanguage, PageAddress at) {
        DisplayLanguage display = editions.display(lang, acceptLanguage);
        PageWindow<Author> page = PageWindow.of(authors.findPageAfter(afterSlug, limit), limit);
        Map<UUID, Long> counts = articles.visibleByAuthor(page.items().stream().map(Author::getId).toList());
        List<AuthorListItem> items = page.items().stream().map(a -> mapper.toRef(a, display))
                .map(a -> new AuthorListItem(a.id(), a.slug(), a.name(), a.title(), counts.getOrDefault(a.id(), 0L)))
                .toList();
        String next = page.next(last -> SlugCursor.encode(LIST, last.getSlug()));
        return new AuthorPage(items, new PageMeta(limit, next), at.links(next));
    }
}
