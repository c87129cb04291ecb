package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The change log, its feed and its stream ({@code newsdesk.changes.*}, README "Change feed"). */
@ConfigMapping(prefix = "newsdesk.changes")
public interface ChangeFeedConfig {

    /** How long changes stay readable; a token older than this is 410 (start again with an initial sync). */
    @WithDefault("P30D")
    Duration retention();

    /** How often the retention job removes older changes. */
    @WithDefault("10m")
    String purgeInterval();

    /** How often scheduled publications and expiries that came due are recorded: the feed's worst delay for them. */
    @WithDefault("1s")
    String transitionInterval();

    /**
     * Key of the HMAC that makes tokens tamper-evident. Tokens only hold a position in the log, so the built-in key
     * is safe; set the same value on every instance if you set one.
     */
    Optional<String> tokenSecret();

    /**
     * How long a commit waits for the change counter's lock on PostgreSQL before it fails (503). Longer than the
     * statement timeout on purpose: under a burst of writes, commits queue on this lock, and each must wait for its
     * turn rather than fail; the wait is bounded all the same, so a lock held by a stuck transaction still ends in
     * a 503. Only the lock statement waits this long: every other statement keeps the session's statement_timeout.
     */
    @WithDefault("60s")
    Duration counterLockWait();

    Stream stream();

    interface Stream {
        /** Open streams per instance; one more is 503 with Retry-After. */
        @WithDefault("100")
        int maxConcurrent();

        /** A comment line this often keeps proxies and clients from timing the stream out. */
        @WithDefault("15s")
        Duration heartbeat();

        /** How often an open stream looks for new changes. */
        @WithDefault("500ms")
        Duration pollInterval();
    }
}
