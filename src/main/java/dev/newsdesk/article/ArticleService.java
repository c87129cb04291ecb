package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The public, read-only side of articles: only what readers may see right now. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleMapper mapper;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, ArticleMapper mapper, Clock clock) {
        this.articles = articles;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleResponse getVisible(UUID id) {
        return articles.findVisibleById(id, clock.instant()).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("article", id.toString()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleResponse getVisibleBySlug(String slug) {
        return articles.findVisibleBySlug(slug, clock.instant()).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("article", slug));
    }

    /** One page of summaries and, when more follow, the cursor of the next page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(ArticleListQuery query) {
        List<Article> rows = articles.findVisiblePage(query, clock.instant());
        boolean more = rows.size() > query.limit();
        List<Article> page = more ? rows.subList(0, query.limit()) : rows;
        ArticleCursor next = null;
        if (more) {
            Article last = page.get(page.size() - 1);
            next = new ArticleCursor(query.sort(), query.sort().keyOf(last), last.getId());
        }
        return new Page(page.stream().map(mapper::toSummary).toList(), next);
    }

    public record Page(List<ArticleSummary> items, ArticleCursor next) {
    }
}
