package dev.newsdesk.article;

import dev.newsdesk.config.DocumentsConfig;
import dev.newsdesk.database.DatabaseOutage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Renders queued article documents in bounded batches (a write's fan-out over many articles, scheduled
 * transitions, documents outdated by time or by a new format) and, with {@code newsdesk.documents.render-all=true},
 * every published article once at start-up, logging its progress: the re-render-all command (README "Stored
 * representations"). The instance serves meanwhile; articles not rendered yet are rendered from their tables.
 */
@ApplicationScoped
class ArticleDocumentJob {

    static final int BATCH = 200;
    /** Articles queued per transaction by the re-render-all command. */
    static final int QUEUE_BATCH = 10_000;
    private static final Logger LOG = Logger.getLogger(ArticleDocumentJob.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final ArticleDocumentRenderer renderer;
    private final DatabaseOutage outage;
    private final boolean renderAll;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean formatsChecked = new AtomicBoolean();
    private final AtomicLong rendered = new AtomicLong();

    ArticleDocumentJob(ArticleDocumentRenderer renderer, DatabaseOutage outage, MeterRegistry meters,
                       DocumentsConfig config) {
        this.renderer = renderer;
        this.outage = outage;
        this.renderAll = config.renderAll();
        Gauge.builder("newsdesk.documents.rendered", rendered, AtomicLong::get)
                .description("Article documents this instance rendered in the background since it started")
                .register(meters);
    }

    void atStart(@Observes StartupEvent start) {
        if (renderAll) {
            Thread thread = new Thread(this::renderAllLogged, "article-documents-render-all");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Scheduled(every = "${newsdesk.documents.render-interval}", identity = "article-documents",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext // the renderer reports each render's content boundaries into a request-scoped bean
    void onSchedule() {
        try {
            renderer.queueOutdated(formatsChecked.compareAndSet(false, true));
            drain(false);
        } catch (RuntimeException e) {
            if (!outage.noticed(e)) {
                throw e;
            }
        }
    }

    /**
     * Renders the queue empty, one batch per transaction; answers how many documents it rendered (0 when another
     * drain of this instance is under way). Needs an active request context.
     */
    long drain(boolean logProgress) {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            long total = 0;
            long started = System.nanoTime();
            long lastLog = started;
            int batch;
            do {
                batch = renderer.renderQueued(BATCH);
                total += batch;
                rendered.addAndGet(batch);
                long now = System.nanoTime();
                if (logProgress && now - lastLog >= PROGRESS_EVERY.toNanos()) {
                    lastLog = now;
                    LOG.infof("Article documents: %d rendered, %d queued, %.0f/s", total, renderer.queued(),
                            total / ((now - started) / 1e9));
                }
            } while (batch == BATCH);
            return total;
        } finally {
            running.set(false);
        }
    }

    /**
     * Queues every published article, {@code batchSize} per transaction, logging progress; answers how many
     * articles are queued then.
     */
    long queueAll(int batchSize) {
        long batches = 0;
        long lastLog = System.nanoTime();
        UUID after = renderer.queueBatch(null, batchSize);
        while (after != null) {
            batches++;
            if (System.nanoTime() - lastLog >= PROGRESS_EVERY.toNanos()) {
                lastLog = System.nanoTime();
                LOG.infof("Article documents: queueing every published article, %d batches of %d so far, %d queued",
                        batches, batchSize, renderer.queued());
            }
            after = renderer.queueBatch(after, batchSize);
        }
        return renderer.queued();
    }

    private void renderAllLogged() {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            renderAll();
        } catch (RuntimeException e) {
            LOG.error("Article documents: rendering every article stopped; the scheduled job goes on", e);
        } finally {
            context.terminate();
        }
    }

    private void renderAll() {
        long started = System.nanoTime();
        long queued = queueAll(QUEUE_BATCH);
        LOG.infof("Article documents: rendering every published article, %d queued", queued);
        long total = 0;
        // The scheduled job may be draining already; wait for it by draining again until nothing is queued. The
        // check is an indexed look at one row: a count of a million-row backlog every 200 ms kept a database core
        // busy while the scheduled job rendered (found at 1M).
        while (renderer.hasQueued()) {
            long drained = drain(true);
            total += drained;
            if (drained == 0) {
                try {
                    Thread.sleep(200); // the scheduled job holds the queue: look again shortly
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        LOG.infof("Article documents: all rendered (%d by this run) in %.1f s", total,
                (System.nanoTime() - started) / 1e9);
    }
}
