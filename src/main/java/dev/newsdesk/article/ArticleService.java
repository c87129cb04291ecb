package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.search.ArticleSearchService;
import dev.newsdesk.slug.SlugChanges;
import dev.newsdesk.slug.SlugKind;
import dev.newsdesk.web.cache.RenderedBody;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.PageWindow;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.Shaped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The public, read-only side of articles: only what readers may see right now, shaped as they asked. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleSearchService search;
    private final ArticleMapper mapper;
    private final ArticleIncludes includes;
    private final ArticleRepresentation representation;
    private final ArticleAvailability availability;
    private final SlugChanges slugs;
    private final VisibleArticles visible;
    private final ArticleDocuments documents;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, ArticleSearchService search, ArticleMapper mapper,
                          ArticleIncludes includes, ArticleRepresentation representation,
                          ArticleAvailability availability, SlugChanges slugs, VisibleArticles visible,
                          ArticleDocuments documents, Clock clock) {
        this.documents = documents;
        this.articles = articles;
        this.search = search;
        this.mapper = mapper;
        this.includes = includes;
        this.representation = representation;
        this.availability = availability;
        this.slugs = slugs;
        this.visible = visible;
        this.clock = clock;
    }

    /**
     * The article as {@link #getVisible} gives it; in the default shape, the stored document's bytes when it still
     * holds (ArticleDocuments): one read by primary key instead of a render.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object deliver(UUID id, Representation shape) {
        if (shape.isDefault()) {
            Optional<RenderedBody> stored = documents.visibleById(id, clock.instant());
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return getVisible(id, shape);
    }

    /** As {@link #deliver}, by slug. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object deliverBySlug(String slug, Representation shape) {
        if (shape.isDefault()) {
            Optional<RenderedBody> stored = documents.visibleBySlug(slug, clock.instant());
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return getVisibleBySlug(slug, shape);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<ArticleResponse> getVisible(UUID id, Representation shape) {
        Instant now = clock.instant();
        return shaped(articles.findVisibleById(id, now).map(mapper::toResponse)
                .orElseThrow(() -> availability.notVisible(articles.findByIdOptional(id), id.toString(), now)), shape);
    }

    /**
     * By current slug; a former slug of an article readers can see is an {@link ArticleMoved} to its current one
     * (one hop, however often it was renamed). A former slug of an article they cannot see answers as that article
     * does: 404 or 410.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<ArticleResponse> getVisibleBySlug(String slug, Representation shape) {
        Instant now = clock.instant();
        Optional<ArticleResponse> visible = articles.findVisibleBySlug(slug, now).map(mapper::toResponse);
        if (visible.isPresent()) {
            return shaped(visible.get(), shape);
        }
        Optional<Article> current = articles.findBySlug(slug);
        Optional<Article> target = current.isPresent() ? current
                : slugs.formerOwner(SlugKind.ARTICLE, slug).flatMap(articles::findByIdOptional);
        if (current.isEmpty() && target.isPresent() && ArticleAvailability.isVisible(target.get(), now)) {
            throw new ArticleMoved(target.get().getSlug());
        }
        throw availability.notVisible(target, slug, now);
    }

    /** One page of the list (all articles, a search, an author's, a tag's...) with its links. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<ArticlePage> list(ArticleListRequest request, PageAddress at) {
        SummaryPage page = request.isSearch() ? search.search(request.search()) : page(request.query());
        return representation.page(page, includes.forSummaries(page.items(), request.shape()), request.limit(), at,
                request.shape());
    }

    private SummaryPage page(ArticleListQuery query) {
        PageWindow<Article> page = PageWindow.of(visible.page(query, clock.instant()), query.limit());
        ArticleCursor next = page.next(last -> new ArticleCursor(query.sort(), query.sort().keyOf(last), last.getId()));
        return new SummaryPage(page.items().stream().map(mapper::toSummary).toList(), Map.of(),
                next == null ? null : next.encode());
    }

    private Shaped<ArticleResponse> shaped(ArticleResponse article, Representation shape) {
        return representation.article(article, includes.forArticles(List.of(article.id()), shape.includes()), shape);
    }
}
