package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.search.ArticleSearchService;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.edition.ServedEdition;
import dev.newsdesk.slug.SlugChanges;
import dev.newsdesk.slug.SlugKind;
import dev.newsdesk.web.cache.RenderedBody;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.PageWindow;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import dev.newsdesk.web.request.Shaped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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
    private final EditionService editions;
    private final TranslationGroups translations;
    private final ServedEdition served;
    private final ArticleDocuments documents;
    private final ListPageBody listPages;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, ArticleSearchService search, ArticleMapper mapper,
                          ArticleIncludes includes, ArticleRepresentation representation,
                          ArticleAvailability availability, SlugChanges slugs, VisibleArticles visible,
                          EditionService editions, TranslationGroups translations, ServedEdition served,
                          ArticleDocuments documents, ListPageBody listPages, Clock clock) {
        this.listPages = listPages;
        this.editions = editions;
        this.translations = translations;
        this.served = served;
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
     * The article as {@link #getVisible} gives it; in the default shape and asked in no particular language (no
     * lang, no Accept-Language, no fallback), the stored document's bytes when they still hold (ArticleDocuments):
     * one read by primary key instead of a render. Any other request negotiates its edition and renders.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object deliver(UUID id, Representation shape, String lang, String acceptLanguage, String fallback) {
        if (storedApplies(shape, lang, acceptLanguage, fallback)) {
            Optional<StoredArticle> stored = documents.visibleById(id, clock.instant());
            if (stored.isPresent()) {
                return served(stored.get());
            }
        }
        return getVisible(id, shape, lang, acceptLanguage, fallback);
    }

    /** As {@link #deliver}, by slug. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object deliverBySlug(String slug, Representation shape, String lang, String acceptLanguage,
                                String fallback) {
        if (storedApplies(shape, lang, acceptLanguage, fallback)) {
            Optional<StoredArticle> stored = documents.visibleBySlug(slug, clock.instant());
            if (stored.isPresent()) {
                return served(stored.get());
            }
        }
        return getVisibleBySlug(slug, shape, lang, acceptLanguage, fallback);
    }

    /**
     * Only the stored document of the article by id (or by current slug), noted with its language headers as
     * {@link #deliver} notes them; empty where deliver would render (StoredDocumentRoute then leaves it to REST).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<RenderedBody> storedOnly(UUID id, String slug, ArticleDocumentReads.Bodies bodies) {
        Instant now = clock.instant();
        return (id != null ? documents.visibleById(id, now, bodies) : documents.visibleBySlug(slug, now, bodies))
                .map(this::served);
    }

    private static boolean storedApplies(Representation shape, String lang, String acceptLanguage, String fallback) {
        return shape.isDefault() && lang == null && acceptLanguage == null && fallback == null;
    }

    /** The language headers a render would note for this request (see inEdition), as stored with the bytes. */
    private RenderedBody served(StoredArticle stored) {
        served.served(stored.language(), null, stored.varyOnLanguage());
        stored.links().forEach(served::link);
        return stored.body();
    }

    /**
     * The article, or its translation in the edition asked for (lang, else Accept-Language): along the edition's
     * fallback chain, then the article itself; with fallback=false only in that edition, else 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<ArticleResponse> getVisible(UUID id, Representation shape, String lang, String acceptLanguage,
                                              String fallback) {
        Instant now = clock.instant();
        Editions current = editions.current();
        RequestParams params = new RequestParams();
        LanguageNegotiation.Negotiated edition = LanguageNegotiation.negotiate(params, lang, acceptLanguage, current);
        boolean fallsBack = fallback(params, fallback);
        params.throwIfInvalid();
        Article addressed = articles.findVisibleById(id, now)
                .orElseThrow(() -> availability.notVisible(articles.findByIdOptional(id), id.toString(), now));
        return shaped(inEdition(addressed, edition, fallsBack, current, now, id.toString()), shape);
    }

    /**
     * By current slug; a former slug of an article readers can see is an {@link ArticleMoved} to its current one
     * (one hop, however often it was renamed). A former slug of an article they cannot see answers as that article
     * does: 404 or 410.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<ArticleResponse> getVisibleBySlug(String slug, Representation shape, String lang,
                                                    String acceptLanguage, String fallback) {
        Instant now = clock.instant();
        Editions current = editions.current();
        RequestParams params = new RequestParams();
        LanguageNegotiation.Negotiated edition = LanguageNegotiation.negotiate(params, lang, acceptLanguage, current);
        boolean fallsBack = fallback(params, fallback);
        params.throwIfInvalid();
        Optional<Article> visible = articles.findVisibleBySlug(slug, now);
        if (visible.isPresent()) {
            return shaped(inEdition(visible.get(), edition, fallsBack, current, now, slug), shape);
        }
        Optional<Article> owner = articles.findBySlug(slug);
        Optional<Article> target = owner.isPresent() ? owner
                : slugs.formerOwner(SlugKind.ARTICLE, slug).flatMap(articles::findByIdOptional);
        if (owner.isEmpty() && target.isPresent() && ArticleAvailability.isVisible(target.get(), now)) {
            throw new ArticleMoved(target.get().getSlug());
        }
        throw availability.notVisible(target, slug, now);
    }

    /**
     * The member of the group serving the edition, noted with its language headers and alternate links. An article
     * asked for in no particular language (no lang, no Accept-Language naming an edition, lang=*) is served as is.
     */
    private ArticleResponse inEdition(Article addressed, LanguageNegotiation.Negotiated edition, boolean fallsBack,
                                      Editions current, Instant now, String key) {
        Article chosen = addressed;
        if (edition.asked() && !edition.all()) {
            List<String> wanted = fallsBack ? current.chain(edition.language()) : List.of(edition.language());
            chosen = translations.memberFor(addressed, wanted, current, now);
            if (chosen == null && !fallsBack) {
                throw new ProblemException(ProblemCode.NOT_FOUND, "No article '" + key + "' in the edition "
                        + edition.language() + " (fallback=false)");
            }
            if (chosen == null) {
                chosen = addressed;
            }
        }
        if (chosen != addressed) {
            chosen = articles.findVisibleById(chosen.getId(), now).orElse(addressed);
        }
        ArticleResponse response = mapper.toResponse(chosen);
        served.served(chosen.getLanguage(), edition.asked() && !edition.all() ? edition.language() : null,
                edition.headerMatters());
        response.alternates().forEach(alternate -> served.alternate(alternate.url(), alternate.language()));
        if (chosen != addressed) {
            served.contentLocation("/api/v1/articles/" + chosen.getId());
        }
        return response;
    }

    private static boolean fallback(RequestParams params, String fallback) {
        if (fallback == null || fallback.equals("true")) {
            return true;
        }
        if (!fallback.equals("false")) {
            params.reject("fallback", "must be true or false");
        }
        return false;
    }

    /** One page of the list in the edition the request negotiated, with its links and language headers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object list(Function<Editions, ArticleListRequest> build, PageAddress at) {
        Editions current = editions.current();
        ArticleListRequest request = build.apply(current);
        if (request.edition() != null) {
            served.served(request.edition(), current);
        }
        return list(request, at);
    }

    /**
     * One page of the list (all articles, a search, an author's, a tag's...) with its links: in the default shape
     * and not a search, assembled from the items' stored summaries ({@link ListPageBody}); else an
     * {@link ArticlePage} shaped as asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object list(ArticleListRequest request, PageAddress at) {
        if (!request.isSearch() && request.shape().isDefault()) {
            ArticleListQuery query = request.query();
            Instant now = clock.instant();
            Optional<List<SummaryPageRows.Row>> joined = documents.pageWithSummaries(query, now);
            if (joined.isPresent()) {
                visible.reportNextPublication(query, now);
                PageWindow<SummaryPageRows.Row> window = PageWindow.of(joined.get(), query.limit());
                String next = nextCursor(window, query, SummaryPageRows.Row::key, SummaryPageRows.Row::id);
                Map<UUID, StoredSummary> stored = new HashMap<>();
                window.items().stream().filter(row -> row.summary() != null)
                        .forEach(row -> stored.put(row.id(), row.summary()));
                return listPages.page(window.items().stream().map(SummaryPageRows.Row::id).toList(), stored,
                        new PageMeta(request.limit(), next), at.links(next), now);
            }
            PageWindow<ArticleRepository.PageKey> window = PageWindow.of(visible.pageKeys(query, now), query.limit());
            String next = nextCursor(window, query, ArticleRepository.PageKey::key, ArticleRepository.PageKey::id);
            return listPages.page(window.items().stream().map(ArticleRepository.PageKey::id).toList(),
                    new PageMeta(request.limit(), next), at.links(next), now);
        }
        SummaryPage page = request.isSearch() ? search.search(request.search()) : page(request.query());
        return representation.page(page, includes.forSummaries(page.items(), request.shape()), request.limit(), at,
                request.shape());
    }

    private SummaryPage page(ArticleListQuery query) {
        PageWindow<Article> page = PageWindow.of(visible.page(query, clock.instant()), query.limit());
        return new SummaryPage(page.items().stream().map(mapper::toSummary).toList(), Map.of(),
                nextCursor(page, query));
    }

    private static <T> String nextCursor(PageWindow<T> page, ArticleListQuery query, Function<T, Instant> key,
                                         Function<T, UUID> id) {
        ArticleCursor next = page.next(last -> new ArticleCursor(query.sort(), key.apply(last), id.apply(last)));
        return next == null ? null : next.encode();
    }

    private static String nextCursor(PageWindow<Article> page, ArticleListQuery query) {
        ArticleCursor next = page.next(last -> new ArticleCursor(query.sort(), query.sort().keyOf(last), last.getId()));
        return next == null ? null : next.encode();
    }

    private Shaped<ArticleResponse> shaped(ArticleResponse article, Representation shape) {
        return representation.article(article, includes.forArticles(List.of(article.id()), shape.includes()), shape);
    }
}
