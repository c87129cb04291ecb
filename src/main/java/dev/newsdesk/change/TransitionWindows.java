package dev.newsdesk.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * The time windows the transition job looks at: from where the last run stopped (less an overlap, so a transition
 * committed late by a slow writer is not passed over) to now. Looking at a window twice is harmless: the recorder
 * writes only what differs from what it last recorded.
 */
@ApplicationScoped
public class TransitionWindows {

    /** Re-read this much before the last run's end: a publish committed while the last run looked is seen now. */
    static final Duration OVERLAP = Duration.ofMinutes(1);

    public record Window(Instant from, Instant through) {
    }

    private final EntityManager entityManager;

    public TransitionWindows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The next window, moving the mark to {@code now} in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Window next(Instant now) {
        TransitionScan scan = entityManager.find(TransitionScan.class, 1);
        Instant last = scan.getCheckedThrough().isAfter(now) ? now : scan.getCheckedThrough();
        // A clock set back (tests) restarts from now; in production the mark only moves forward.
        scan.setCheckedThrough(now);
        return new Window(last.minus(OVERLAP), now);
    }
}
