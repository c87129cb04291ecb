package dev.newsdesk.change;

import dev.newsdesk.config.ChangeFeedConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Removes changes older than the retention window and remembers the highest seq removed, so a token pointing
 * before it is answered 410 (start again) rather than with a feed that silently skips what was removed.
 */
@ApplicationScoped
public class ChangeRetention {

    private final ChangeRepository repository;
    private final ChangeFeedConfig config;
    private final Clock clock;

    public ChangeRetention(ChangeRepository repository, ChangeFeedConfig config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${newsdesk.changes.purge-interval}", delayed = "${newsdesk.changes.purge-interval}",
            identity = "change-retention", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Answers the highest seq now removed. */
    @Transactional
    public long purge() {
        // The counter lock orders this with writers: purged_through only moves forward.
        ChangeCounter counter = repository.lockCounter();
        long removed = repository.purgeRecordedBefore(clock.instant().minus(config.retention()));
        if (removed > counter.getPurgedThrough()) {
            counter.setPurgedThrough(removed);
        }
        return counter.getPurgedThrough();
    }
}
