package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.web.paging.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The public, read-only side of articles: only what readers may see right now. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleMapper mapper;
    private final Clock clock;
    private final ArticleAvailability availability;

    public ArticleService(ArticleRepository articles, ArticleMapper mapper, Clock clock,
                          ArticleAvailability availability) {
        this.articles = articles;
        this.mapper = mapper;
        this.clock = clock;
        this.availability = availability;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleResponse getVisible(UUID id) {
        Instant now = clock.instant();
        return articles.findVisibleById(id, now).map(mapper::toResponse)
                .orElseThrow(() -> availability.notVisible(articles.findByIdOptional(id), id.toString(), now));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleResponse getVisibleBySlug(String slug) {
        Instant now = clock.instant();
        return articles.findVisibleBySlug(slug, now).map(mapper::toResponse)
                .orElseThrow(() -> availability.notVisible(articles.findBySlug(slug), slug, now));
    }

    /** One page of summaries and, when more follow, the cursor of the next page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(ArticleListQuery query) {
        PageWindow<Article> page = PageWindow.of(articles.findVisiblePage(query, clock.instant()), query.limit());
        return new Page(page.items().stream().map(mapper::toSummary).toList(),
                page.next(last -> new ArticleCursor(query.sort(), query.sort().keyOf(last), last.getId())));
    }

    public record Page(List<ArticleSummary> items, ArticleCursor next) {
    }
}
