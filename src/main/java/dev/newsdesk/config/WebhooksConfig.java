package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Outgoing webhooks ({@code newsdesk.webhooks.*}, README "Webhooks"). */
@ConfigMapping(prefix = "newsdesk.webhooks")
public interface WebhooksConfig {

    /**
     * Key that encrypts the stored signing secrets (NEWSDESK_WEBHOOKS_ENCRYPTION_KEY, any string of 32 characters or
     * more; the same on every instance). Unset, a built-in key is used and a warning logged at start: the secrets are
     * then only as safe as the database dump.
     */
    Optional<String> encryptionKey();

    /**
     * Deliver to loopback addresses (127.0.0.0/8, ::1). Off: a webhook must never reach the API's own host. Only the
     * delivery drills of the test suite turn it on, for their receiver on 127.0.0.1.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** After a rotation, the previous secret keeps signing beside the new one for this long. */
    @WithDefault("PT24H")
    Duration rotationGrace();

    /** An endpoint whose deliveries have all failed for this long is disabled. */
    @WithDefault("P3D")
    Duration disableAfter();

    Worker worker();

    Http http();

    Retry retry();

    interface Worker {
        /** Run the delivery worker on this instance (several instances share the work safely). */
        @WithDefault("true")
        boolean enabled();

        /** How often the worker looks for new changes and due messages when it found nothing to do. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Messages claimed per round. */
        @WithDefault("100")
        int batchSize();

        /** Requests in flight at once. */
        @WithDefault("16")
        int concurrency();

        /** How long a claimed message belongs to its worker; a worker that dies loses its claims after this. */
        @WithDefault("PT60S")
        Duration lease();
    }

    interface Http {
        @WithDefault("PT3S")
        Duration connectTimeout();

        /** Whole request, from connect to the last byte of the answer. */
        @WithDefault("PT10S")
        Duration requestTimeout();

        /** Characters of the receiver's answer kept in the delivery log. */
        @WithDefault("500")
        int responseBodyLimit();
    }

    interface Retry {
        /** Wait before the first retry; each further retry waits twice as long, up to max. */
        @WithDefault("PT5S")
        Duration initial();

        @WithDefault("PT1H")
        Duration max();

        /** Each wait is drawn at random within this fraction around its nominal value, so retries do not bunch up. */
        @WithDefault("0.2")
        double jitter();
    }
}
