package dev.newsdesk.article.search;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleCursor;
import dev.newsdesk.article.ArticleMapper;
import dev.newsdesk.article.ArticleSort;
import dev.newsdesk.article.SummaryPage;
import dev.newsdesk.article.VisibleArticles;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.SearchMatch;
import dev.newsdesk.web.paging.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reader search over visible articles: a page of hits in rank (or date) order, each with a snippet. */
@ApplicationScoped
public class ArticleSearchService {

    private final ArticleSearchRepository search;
    private final VisibleArticles visible;
    private final ArticleMapper mapper;
    private final Clock clock;

    public ArticleSearchService(ArticleSearchRepository search, VisibleArticles visible, ArticleMapper mapper,
                                Clock clock) {
        this.search = search;
        this.visible = visible;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryPage search(ArticleSearchRequest request) {
        Instant now = clock.instant();
        PageWindow<ArticleSearchRepository.Row> page = PageWindow.of(search.findPage(request, now), request.limit());
        Map<UUID, Article> articles = visible.findByIds(
                page.items().stream().map(ArticleSearchRepository.Row::id).toList(), now);
        Map<UUID, SearchMatch> matches = new LinkedHashMap<>();
        List<ArticleSummary> items = page.items().stream().filter(row -> articles.containsKey(row.id())).map(row -> {
            matches.put(row.id(), new SearchMatch(Snippets.toHtml(snippet(row, request.query())), row.rank()));
            return mapper.toSummary(articles.get(row.id()));
        }).toList();
        ArticleSort dateSort = request.order().dateSort();
        String next = page.next(last -> request.order().byRelevance()
                ? new RelevanceCursor(last.rank(), last.id()).encode()
                : new ArticleCursor(dateSort, dateSort.keyOf(articles.get(last.id())), last.id()).encode());
        return new SummaryPage(items, matches, next);
    }

    private static String snippet(ArticleSearchRepository.Row row, SearchQuery query) {
        if (row.markedSnippet() != null) {
            return row.markedSnippet();
        }
        String text = row.standfirst() == null ? row.bodyText() : row.standfirst() + "\n" + row.bodyText();
        return Snippets.highlight(text, query.wantedTerms());
    }
}
