package dev.newsdesk.article;

import dev.newsdesk.config.DocumentsConfig;
import dev.newsdesk.edition.EditionsChanged;
import dev.newsdesk.reference.ReferenceChanged;
import dev.newsdesk.site.SiteChanged;
import dev.newsdesk.web.cache.AfterCommittedWrite;
import dev.newsdesk.web.cache.ContentBoundaries;
import dev.newsdesk.web.cache.RenderedBody;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.jboss.logging.Logger;

/**
 * Stored delivery representations of articles (README "Stored representations"): the read side, which answers a
 * GET by id or slug in the default shape from one row when that row still holds, and the write side, which drops
 * the rows a transaction makes stale and queues those articles for {@link ArticleDocumentRenderer}.
 * <p>
 * Staleness is handled in the writing transaction, under the change counter's lock (the step after the change log
 * records, see change/ChangeRecorder), so a document is never older than a committed write: every write that
 * changes what an article shows deletes its document before it commits, and the renderer writes documents under
 * the same lock, reading after it. Rendering itself happens after the commit: at once, on the writer's request, for
 * up to {@link #INLINE_LIMIT} articles, and by the background job for the rest (a section rename over thousands of
 * articles). Until then readers get the article rendered from its tables, as without documents.
 */
@ApplicationScoped
public class ArticleDocuments implements AfterCommittedWrite {

    /**
     * The version of the stored bytes: a change to what an article's JSON holds or how it is written (a field, a
     * format) must increase it, and documents of another version are never served and are rendered again.
     */
    public static final int FORMAT = 2;
    /** Articles rendered on the writer's request after its commit; more are left to the background job. */
    static final int INLINE_LIMIT = 100;

    private static final Logger LOG = Logger.getLogger(ArticleDocuments.class);
    /** The body of a document read without it (ArticleDocumentReads.Bodies): the stored ETag still describes it. */
    private static final byte[] NOT_READ = new byte[0];
    private static final Object PENDING = new Object();
    private static final int CHUNK = 500;

    private final ArticleRepository articles;
    private final ArticleDocumentReads reads;
    private final SummaryPageRows pageRows;
    private final ReferenceChangeObserver references;
    private final TransactionSynchronizationRegistry registry;
    private final ArticleDocumentRenderer renderer;
    private final CommittedDocuments committed;
    private final ContentBoundaries boundaries;
    private final Clock clock;
    private final boolean enabled;

    ArticleDocuments(ArticleRepository articles, ReferenceChangeObserver references,
                     TransactionSynchronizationRegistry registry, ArticleDocumentRenderer renderer,
                     CommittedDocuments committed, ContentBoundaries boundaries, Clock clock,
                     DocumentsConfig config, ArticleDocumentReads reads, SummaryPageRows pageRows) {
        this.reads = reads;
        this.pageRows = pageRows;
        this.articles = articles;
        this.references = references;
        this.registry = registry;
        this.renderer = renderer;
        this.committed = committed;
        this.boundaries = boundaries;
        this.clock = clock;
        this.enabled = config.enabled();
    }

    // ---- read side

    /** The stored representation of the article, if it is visible now and the stored bytes still hold. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredArticle> visibleById(UUID id, Instant now) {
        return visibleById(id, now, ArticleDocumentReads.Bodies.BOTH);
    }

    /**
     * As {@link #visibleById}, with only the codings asked for: a coding not read is empty in the answer, which is
     * then fit for that one response (or, with none, for a 304) and never for the instance cache.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<StoredArticle> visibleById(UUID id, Instant now, ArticleDocumentReads.Bodies bodies) {
        if (!enabled) {
            return Optional.empty();
        }
        return servable(reads.byId(id, bodies), now);
    }

    /** As {@link #visibleById} by current slug; a former slug finds nothing here (it answers 301 from the tables). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredArticle> visibleBySlug(String slug, Instant now) {
        return visibleBySlug(slug, now, ArticleDocumentReads.Bodies.BOTH);
    }

    /** As {@link #visibleBySlug}, with only the codings asked for (see the same overload by id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<StoredArticle> visibleBySlug(String slug, Instant now, ArticleDocumentReads.Bodies bodies) {
        if (!enabled) {
            return Optional.empty();
        }
        return servable(reads.bySlug(slug, bodies), now);
    }

    /**
     * The page of the list with each item's stored summary that holds, in one statement, where the documents are on
     * and {@link SummaryPageRows} reads this list; else empty (the page's keys and summaries are read apart).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<List<SummaryPageRows.Row>> pageWithSummaries(ArticleListQuery query, Instant now) {
        return enabled ? pageRows.page(query, FORMAT, now) : Optional.empty();
    }

    /**
     * The stored summaries of these articles (already known visible: a list query chose them) that still hold: of
     * this format and before their next boundary. Reads the summary columns only, never the document bodies.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, StoredSummary> summaries(List<UUID> ids, Instant now) {
        if (!enabled || ids.isEmpty()) {
            return Map.of();
        }
        return reads.summaries(ids, FORMAT, now);
    }

    /**
     * The same visibility rule as the tables (ArticleRepository.VISIBLE), and the bytes only until the first moment
     * at which what they show changes with no write. That moment bounds caching as it would for a fresh render.
     */
    private Optional<StoredArticle> servable(ArticleDocument d, Instant now) {
        if (d == null || d.getFormat() != FORMAT || d.getStatus() != ArticleStatus.PUBLISHED
                || d.getPublishedAt() == null || d.getPublishedAt().isAfter(now)
                || (d.getExpiresAt() != null && !d.getExpiresAt().isAfter(now))
                || (d.getValidUntil() != null && !d.getValidUntil().isAfter(now))) {
            return Optional.empty();
        }
        ContentBoundaries.report(boundaries, null, d.getValidUntil());
        RenderedBody body = new RenderedBody(d.getBody() == null ? NOT_READ : d.getBody(), MediaType.APPLICATION_JSON,
                orderedKeys(d.getSurrogateKeys()), d.getLastModified(), d.getBodyGzip(), d.getEtag());
        List<String> links = d.getLinks() == null || d.getLinks().isEmpty() ? List.of()
                : List.of(d.getLinks().split("\n"));
        return Optional.of(new StoredArticle(body, d.getLanguage(), d.isVaryOnLanguage(), links));
    }

    private static Set<String> orderedKeys(String keys) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : keys.split(" ")) {
            if (!key.isEmpty()) {
                ordered.add(key);
            }
        }
        return ordered;
    }

    // ---- write side

    /** The article's document no longer holds after this transaction. */
    void changed(UUID articleId) {
        Pending pending = pending();
        if (pending == null) {
            invalidate(List.of(articleId), false);
        } else {
            pending.ids.add(articleId);
        }
    }

    /** A section, author, tag or media asset changed: every published article showing it, scheduled ones included. */
    void referenceChanged(@Observes ReferenceChanged changed) {
        Pending pending = pending();
        if (pending == null) {
            invalidate(references.publishedUsing(changed), false);
        } else {
            pending.references.add(changed);
        }
    }

    /** The site's settings changed: every article shows its base URL (seo.canonicalUrl). */
    void siteChanged(@Observes SiteChanged changed) {
        Pending pending = pending();
        if (pending == null) {
            invalidate(List.of(), true);
        } else {
            pending.all = true;
        }
    }

    /** The editions changed: every article's alternates name x-default, and its answers may vary by language. */
    void editionsChanged(@Observes EditionsChanged changed) {
        siteChanged(null);
    }

    /** On the writer's request, once its transaction has committed: render what it made stale, if not too much. */
    @Override
    public void afterCommittedWrite() {
        Set<UUID> ids = committed.take();
        if (ids.isEmpty() || ids.size() > INLINE_LIMIT) {
            return;
        }
        try {
            renderer.render(ids);
        } catch (RuntimeException e) {
            // Committed already: the background job renders them; until then readers get a fresh render.
            LOG.warnf(e, "Rendering %d article documents after a write failed; the background job retries", ids.size());
        }
    }

    private static final class Pending {
        final Set<UUID> ids = new LinkedHashSet<>();
        final List<ReferenceChanged> references = new ArrayList<>();
        boolean all;
    }

    /** This transaction's staleness, applied in its before-completion; null without a request context. */
    private Pending pending() {
        if (!Arc.container().requestContext().isActive()) {
            // Start-up work: the session closes with the transaction, so apply at once (see ChangeRecorder.stage).
            return null;
        }
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("article documents are invalidated inside the writing transaction");
        }
        Pending pending = (Pending) registry.getResource(PENDING);
        if (pending == null) {
            Pending created = new Pending();
            registry.putResource(PENDING, created);
            // After the session's last flush, like the change log, and under the counter lock the log takes.
            articles.getEntityManager().unwrap(SessionImplementor.class).getActionQueue().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) session -> {
                        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                            apply(created);
                        }
                    });
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && !created.all
                            && Arc.container().requestContext().isActive()) {
                        committed.add(created.ids);
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    private void apply(Pending pending) {
        for (ReferenceChanged changed : pending.references) {
            pending.ids.addAll(references.publishedUsing(changed));
        }
        invalidate(pending.ids, pending.all);
    }

    /** Deletes the documents and queues the articles that are still published; all: every article. */
    private void invalidate(java.util.Collection<UUID> ids, boolean all) {
        renderer.lockWithWriters();
        var em = articles.getEntityManager();
        Instant now = clock.instant();
        if (all) {
            em.createNativeQuery("delete from article_document").executeUpdate();
            em.createNativeQuery("insert into article_document_backlog (article_id, requested_at) "
                    + "select a.id, :now from article a where a.status = 'PUBLISHED' and not exists "
                    + "(select 1 from article_document_backlog b where b.article_id = a.id)")
                    .setParameter("now", now).executeUpdate();
            return;
        }
        List<UUID> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<UUID> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            em.createNativeQuery("delete from article_document where article_id in (:ids)")
                    .setParameter("ids", chunk).executeUpdate();
            em.createNativeQuery("insert into article_document_backlog (article_id, requested_at) "
                    + "select a.id, :now from article a where a.id in (:ids) and a.status = 'PUBLISHED' and not exists "
                    + "(select 1 from article_document_backlog b where b.article_id = a.id)")
                    .setParameter("now", now).setParameter("ids", chunk).executeUpdate();
        }
    }
}
