package dev.newsdesk.author;

import dev.newsdesk.article.VisibleArticles;
import dev.newsdesk.author.api.AuthorListItem;
import dev.newsdesk.author.api.AuthorResponse;
import dev.newsdesk.web.ProblemException;
import dev.newsdesk.web.SlugCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AuthorService {

    public static final String LIST = "authors";

    private final AuthorRepository authors;
    private final AuthorMapper mapper;
    private final VisibleArticles articles;
    private final Clock clock;

    public AuthorService(AuthorRepository authors, AuthorMapper mapper, VisibleArticles articles, Clock clock) {
        this.authors = authors;
        this.mapper = mapper;
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorResponse getBySlug(String slug) {
        return authors.findBySlug(slug).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("author", slug));
    }

    public record Page(List<AuthorListItem> items, String nextCursor) {
    }

    /** Authors by slug, each with the number of visible articles in their byline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(String afterSlug, int limit) {
        List<Author> rows = authors.findPageAfter(afterSlug, limit);
        boolean more = rows.size() > limit;
        List<Author> page = more ? rows.subList(0, limit) : rows;
        Map<UUID, Long> counts = articles.countByAuthor(page.stream().map(Author::getId).toList(), clock.instant());
        return new Page(page.stream().map(a -> new AuthorListItem(a.getId(), a.getSlug(), a.getName(), a.getTitle(),
                        counts.getOrDefault(a.getId(), 0L))).toList(),
                more ? SlugCursor.encode(LIST, page.get(page.size() - 1).getSlug()) : null);
    }
}
