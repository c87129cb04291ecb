package dev.newsdesk.web.cache;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * Moments at which what a response shows changes without any write: a photo's usage rights starting or ending.
 * Whatever decides visibility at read time reports here while the response is built; {@link HttpCaching} then
 * makes Last-Modified no older than the last boundary passed (a photo that just disappeared is a change), and keeps
 * no copy, nor lets any cache keep one, past the next boundary (Cache-Control and the per-instance cache).
 */
@RequestScoped
public class ContentBoundaries {

    private Instant lastPassed;
    private Instant next;

    /**
     * Reports the boundaries of one thing the response considered, shown or hidden; either may be null. Outside an
     * HTTP request (the sample loader, a background task) there is no response to protect, so nothing is kept.
     */
    public static void report(ContentBoundaries boundaries, Instant passed, Instant upcoming) {
        if ((passed == null && upcoming == null) || !Arc.container().requestContext().isActive()) {
            return;
        }
        boundaries.add(passed, upcoming);
    }

    void add(Instant passed, Instant upcoming) {
        if (passed != null && (lastPassed == null || passed.isAfter(lastPassed))) {
            lastPassed = passed;
        }
        if (upcoming != null && (next == null || upcoming.isBefore(next))) {
            next = upcoming;
        }
    }

    /**
     * Answers what was reported so far and starts again: a renderer that stores representations outside any
     * response (article documents) measures each render on its own.
     */
    public Reported take() {
        Reported reported = new Reported(lastPassed, next);
        lastPassed = null;
        next = null;
        return reported;
    }

    /** Boundaries reported by one render; either may be null. */
    public record Reported(Instant lastPassed, Instant next) {
    }

    /** The latest boundary already passed, or null. */
    public Instant lastPassed() {
        return lastPassed;
    }

    /** The earliest boundary still ahead, or null. */
    public Instant next() {
        return next;
    }
}
