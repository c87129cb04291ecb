package dev.newsdesk.article;

import dev.newsdesk.change.ChangeRecorder;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.change.TransitionWindows;
import dev.newsdesk.database.DatabaseOutage;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.media.MediaMapper;
import dev.newsdesk.media.RightsStatus;
import dev.newsdesk.reference.ReferenceChanged;
import dev.newsdesk.reference.ReferenceEditing;
import dev.newsdesk.reference.ReferenceKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Parameters;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records scheduled publications and expiries, and media usage rights starting or ending, in the change log when
 * their time comes, without any write call.
 * Every instance runs it; an article is recorded once, because the recorder compares with what it last recorded
 * under the counter lock, which this job takes before it reads (so a concurrent edit is recorded after it, against
 * what it recorded, never overwritten by a stale view).
 */
@ApplicationScoped
public class ScheduledTransitions {

    private final ArticleRepository articles;
    private final ArticleChanges changes;
    private final TransitionWindows windows;
    private final ChangeRecorder recorder;
    private final Clock clock;
    private final DatabaseOutage outage;
    private final MediaAssetRepository media;
    private final MediaMapper mediaMapper;
    private final ReferenceChangeObserver users;
    private final AtomicReference<Instant> lastScan = new AtomicReference<>();

    ScheduledTransitions(ArticleRepository articles, ArticleChanges changes, TransitionWindows windows,
                         ChangeRecorder recorder, Clock clock, MeterRegistry registry, DatabaseOutage outage,
                         MediaAssetRepository media, MediaMapper mediaMapper, ReferenceChangeObserver users) {
        this.outage = outage;
        this.media = media;
        this.mediaMapper = mediaMapper;
        this.users = users;
        this.articles = articles;
        this.changes = changes;
        this.windows = windows;
        this.recorder = recorder;
        this.clock = clock;
        registry.gauge("newsdesk.changes.feed.lag", List.of(), this, ScheduledTransitions::lagSeconds);
    }

    @Scheduled(every = "${newsdesk.changes.transition-interval}", identity = "change-transitions",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext // the session outlives the transaction, so the change log can record at its end
    void onSchedule() {
        try {
            recordDue();
        } catch (RuntimeException e) {
            // During an outage: one log line per interval, and no broken connection left in the pool.
            if (!outage.noticed(e)) {
                throw e;
            }
        }
    }

    /** Records every transition that came due since the last run; answers how many articles and assets it looked at. */
    @Transactional
    public int recordDue() {
        Instant now = clock.instant();
        TransitionWindows.Window window = windows.next(now);
        // Lock first, read after: no article is locked, and no write can slip between this read and the recording.
        recorder.serializeWithWriters();
        List<Article> due = articles.find("select a from Article a where a.status = :published and "
                        + "((a.publishedAt > :from and a.publishedAt <= :now) "
                        + "or (a.expiresAt > :from and a.expiresAt <= :now)) order by a.id",
                Parameters.with("published", ArticleStatus.PUBLISHED).and("from", window.from())
                        .and("now", window.through()))
                .list();
        // The window overlaps the last one and holds every article published in it, most of them recorded already
        // (by their own write or the last run): only an article whose visibility differs from what the log last
        // recorded changed with time. Skipping the others keeps this job's hold on the counter lock short.
        Map<String, Boolean> recorded = recorder.recordedVisibility("article",
                due.stream().map(a -> a.getId().toString()).toList());
        for (Article article : due) {
            Boolean wasVisible = recorded.get(article.getId().toString());
            if (wasVisible != null && wasVisible == ArticleAvailability.isVisible(article, now)) {
                continue;
            }
            Instant at = article.getExpiresAt() != null && !article.getExpiresAt().isAfter(now)
                    ? article.getExpiresAt() : article.getPublishedAt();
            changes.timeCame(article, at, now);
        }
        int rights = recordMediaRights(window, now);
        lastScan.set(now);
        return due.size() + rights;
    }

    /**
     * Usage rights are decided at read time (media/RightsStatus), so when an asset's rights window starts or ends,
     * the asset and the articles that show it read differently with no write: record the asset (its rightsStatus
     * changed) and each visible article using it (its mediaRights changed), with occurredAt = the boundary. Both
     * are compared with what the log last recorded, so each boundary is recorded once, by whichever instance or run
     * comes first. Answers how many assets it looked at.
     */
    private int recordMediaRights(TransitionWindows.Window window, Instant now) {
        List<MediaAsset> assets = media.findWithRightsBoundaryIn(window.from(), window.through());
        // An article showing several of these assets changed last at the latest of their boundaries.
        Map<Article, Instant> articles = new LinkedHashMap<>();
        for (MediaAsset asset : assets) {
            Instant at = RightsStatus.lastBoundary(asset, now);
            recorder.stage(ReferenceEditing.state(ReferenceKind.MEDIA, asset.getId(), mediaMapper.toEditorial(asset)),
                    Reasons.SCHEDULED_PUBLICATION, at, false);
            for (Article article : users.visibleUsing(new ReferenceChanged(ReferenceKind.MEDIA, asset.getId()), now)) {
                articles.merge(article, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        articles.forEach((article, at) -> changes.mediaRightsCame(article, at, now));
        return assets.size();
    }

    /** Feed lag for time-based changes: how long ago this instance last looked for due transitions. */
    private double lagSeconds() {
        Instant last = lastScan.get();
        return last == null ? 0 : Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
    }
}
