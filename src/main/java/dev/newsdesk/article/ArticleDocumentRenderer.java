package dev.newsdesk.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.change.ChangeRecorder;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.ServedEdition;
import dev.newsdesk.web.cache.CacheDependencies;
import dev.newsdesk.web.cache.CachedRepresentation;
import dev.newsdesk.web.cache.ContentBoundaries;
import dev.newsdesk.web.cache.HttpCaching;
import dev.newsdesk.web.cache.LastModifiedLookup;
import dev.newsdesk.web.request.Shaped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Renders article documents with the code a read uses (ArticleMapper, then HttpCaching for bytes, surrogate keys
 * and Last-Modified), so a stored document is what a fresh render gives by construction. Every batch runs under the
 * change counter's lock and reads after taking it: no write commits between what it reads and what it stores, and
 * a write that commits after it deletes what it stored (ArticleDocuments).
 */
@ApplicationScoped
public class ArticleDocumentRenderer {

    /** The resource kind of /api/v1/articles/{id} (HttpCaching.publicKind), added to the keys when served. */
    static final String KIND = "articles";

    private final ArticleRepository articles;
    private final ArticleMapper mapper;
    private final HttpCaching caching;
    private final ContentBoundaries boundaries;
    private final ChangeRecorder recorder;
    private final EditionService editions;
    private final ObjectMapper json;
    private final Clock clock;
    private final LastModifiedLookup lastModified;

    ArticleDocumentRenderer(ArticleRepository articles, ArticleMapper mapper, HttpCaching caching,
                            ContentBoundaries boundaries, ChangeRecorder recorder, EditionService editions,
                            ObjectMapper json, Clock clock, LastModifiedLookup lastModified) {
        this.lastModified = lastModified;
        this.editions = editions;
        this.json = json;
        this.articles = articles;
        this.mapper = mapper;
        this.caching = caching;
        this.boundaries = boundaries;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void lockWithWriters() {
        recorder.serializeWithWriters();
    }

    /** Renders those of the articles that are still queued (another instance or the job may have been first). */
    @Transactional
    public int render(Collection<UUID> ids) {
        recorder.serializeWithWriters();
        List<UUID> queued = em().createNativeQuery("select article_id from article_document_backlog "
                + "where article_id in (:ids)", UUID.class).setParameter("ids", ids).getResultList();
        return renderNow(queued);
    }

    /** Renders up to {@code max} queued articles, oldest request first; answers how many it took off the queue. */
    @Transactional
    public int renderQueued(int max) {
        if (!hasQueued()) {
            return 0; // the usual case, without taking the lock writers wait for
        }
        recorder.serializeWithWriters();
        List<UUID> queued = em().createNativeQuery("select article_id from article_document_backlog "
                        + "order by requested_at, article_id", UUID.class).setMaxResults(max).getResultList();
        return renderNow(queued);
    }

    /**
     * Queues documents that stopped holding with time (a rights boundary or the expiry passed) and documents of
     * another {@link ArticleDocuments#FORMAT} (written by an older build) when {@code formats} is set.
     */
    @Transactional
    public int queueOutdated(boolean formats) {
        recorder.serializeWithWriters();
        String which = formats ? "(d.valid_until <= :now or d.format <> :format)" : "d.valid_until <= :now";
        var insert = em().createNativeQuery("insert into article_document_backlog (article_id, requested_at) "
                        + "select d.article_id, :now from article_document d where " + which + " and not exists "
                        + "(select 1 from article_document_backlog b where b.article_id = d.article_id)")
                .setParameter("now", clock.instant());
        if (formats) {
            insert.setParameter("format", ArticleDocuments.FORMAT);
        }
        return insert.executeUpdate();
    }

    /**
     * Queues the next published articles after {@code after} in id order (null: from the first), at most
     * {@code size} of them, in a transaction of its own; answers the last id it looked at, or null when none is
     * left. The re-render-all command walks every article this way: one statement for a million articles outlasts
     * the statement timeout, and would hold the lock that every commit waits for (serializeWithWriters) as long.
     */
    @Transactional
    public UUID queueBatch(UUID after, int size) {
        recorder.serializeWithWriters();
        String from = after == null ? "" : " and a.id > :after";
        jakarta.persistence.Query select = em().createNativeQuery(
                "select a.id from article a where a.status = 'PUBLISHED'" + from + " order by a.id", UUID.class);
        if (after != null) {
            select.setParameter("after", after);
        }
        List<?> ids = select.setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        UUID last = (UUID) ids.get(ids.size() - 1);
        jakarta.persistence.Query insert = em().createNativeQuery(
                "insert into article_document_backlog (article_id, requested_at) select a.id, :now from article a "
                        + "where a.status = 'PUBLISHED'" + from + " and a.id <= :last and not exists "
                        + "(select 1 from article_document_backlog b where b.article_id = a.id)")
                .setParameter("now", clock.instant()).setParameter("last", last);
        if (after != null) {
            insert.setParameter("after", after);
        }
        insert.executeUpdate();
        return last;
    }

    /**
     * Whether anything is queued: one row along the requested_at index, where a count (or a scan of the table)
     * would walk every row rendered since the last vacuum.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasQueued() {
        return !em().createNativeQuery("select article_id from article_document_backlog order by requested_at",
                UUID.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** How many articles are queued: a count of the backlog, for progress reports only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long queued() {
        return ((Number) em().createNativeQuery("select count(*) from article_document_backlog").getSingleResult())
                .longValue();
    }

    private int renderNow(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        // What the caller wrote reaches the database before the reads below; from then on the batch writes only
        // documents, which none of its reads looks at, so a query need not flush first. Left to flush, every lazy
        // load dirty-checked every article and document of the batch (the bodies byte by byte): quadratic in the
        // batch, 22 ms of CPU per document at 200 a batch.
        em().flush();
        FlushModeType callers = em().getFlushMode();
        em().setFlushMode(FlushModeType.COMMIT);
        try {
            return renderLoaded(ids);
        } finally {
            em().setFlushMode(callers);
        }
    }

    private int renderLoaded(List<UUID> ids) {
        Map<UUID, Article> loaded = new LinkedHashMap<>();
        for (Article article : articles.findWholeByIds(ids)) {
            loaded.put(article.getId(), article);
        }
        List<UUID> unpublished = new ArrayList<>();
        for (UUID id : ids) {
            Article article = loaded.get(id);
            if (article == null || article.getStatus() != ArticleStatus.PUBLISHED) {
                unpublished.add(id);
                continue;
            }
            ArticleDocument document = em().find(ArticleDocument.class, id);
            if (document == null) {
                document = new ArticleDocument();
                document.setArticleId(id);
                fill(document, article);
                em().persist(document);
            } else {
                fill(document, article);
            }
        }
        if (!unpublished.isEmpty()) {
            em().createNativeQuery("delete from article_document where article_id in (:ids)")
                    .setParameter("ids", unpublished).executeUpdate();
        }
        em().flush();
        em().createNativeQuery("delete from article_document_backlog where article_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    /** One render, as a GET in the default shape makes it, with the boundaries that render reported. */
    private void fill(ArticleDocument document, Article article) {
        fillSummary(document, article);
        boundaries.take(); // whatever earlier work reported is not this render's
        ArticleResponse response = mapper.toResponse(article);
        // The language headers ArticleService notes for a request naming no language: the ETag and keys include it.
        String language = article.getLanguage();
        CachedRepresentation rendered = caching.render(Shaped.asIs(response), KIND, true,
                Map.of(HttpHeaders.CONTENT_LANGUAGE, List.of(language)), null);
        ContentBoundaries.Reported reported = boundaries.take();
        Instant now = clock.instant();
        List<String> keys = new ArrayList<>(rendered.keys());
        keys.remove(KIND); // both added again, in this order, when the stored bytes are served
        keys.remove("edition:" + language);
        document.setLanguage(language);
        document.setVaryOnLanguage(editions.current().isMultilingual());
        document.setLinks(response.alternates().stream()
                .map(alternate -> ServedEdition.alternateLink(alternate.url(), alternate.language()))
                .collect(Collectors.joining("\n")));
        document.setSlug(article.getSlug());
        document.setStatus(article.getStatus());
        document.setPublishedAt(article.getPublishedAt());
        document.setExpiresAt(article.getExpiresAt());
        // Rendered before its publication, the article lists the group as it is now, itself not among its visible
        // alternates yet: the document never holds once it goes live, and the transition queues a new render.
        Instant until = reported.next();
        if (article.getPublishedAt() != null && article.getPublishedAt().isAfter(now)
                && (until == null || until.isAfter(article.getPublishedAt()))) {
            until = article.getPublishedAt();
        }
        document.setValidUntil(until);
        document.setFormat(ArticleDocuments.FORMAT);
        document.setBody(rendered.body(false).getBytes());
        document.setBodyGzip(rendered.body(true).getBytes());
        document.setEtag(rendered.tag());
        document.setSurrogateKeys(String.join(" ", keys));
        document.setLastModified(rendered.lastModified());
        document.setRenderedAt(now);
    }

    /** The summary as a list page in the default shape serializes it (ListPageBody), with its own boundaries. */
    private void fillSummary(ArticleDocument document, Article article) {
        boundaries.take();
        ArticleSummary summary = mapper.toSummary(article);
        ContentBoundaries.Reported reported = boundaries.take();
        document.setSummary(ListPageBody.serialize(json, summary));
        Set<String> keys = CacheDependencies.of(summary);
        document.setSummaryKeys(String.join(" ", keys));
        // As a page's render looks it up from the same keys (HttpCaching), so a page of stored summaries needs no query.
        document.setSummaryLastModified(lastModified.latest(keys).orElse(null));
        document.setSummaryPassed(reported.lastPassed());
        document.setSummaryValidUntil(reported.next());
    }

    private EntityManager em() {
        return articles.getEntityManager();
    }
}
