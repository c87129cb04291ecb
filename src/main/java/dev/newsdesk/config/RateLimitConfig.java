package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Request budgets ({@code newsdesk.rate-limit.*}): per API key for requests with a valid key, per client address for
 * the others, separately for the delivery and the editorial API; /q/* is exempt. Each budget is a quota of requests
 * per window, restored in full at the end of each window.
 */
@ConfigMapping(prefix = "newsdesk.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Delivery requests without a valid API key, per client address. */
    Budget deliveryAddress();

    /** Delivery requests with a valid API key (a server-side front end), per key. */
    Budget deliveryKey();

    /** Editorial requests without a valid key (they can only fail), per client address. */
    Budget editorialAddress();

    /** Editorial requests, per API key. */
    Budget editorialKey();

    /** Requests with an unknown or revoked key, per client address; once spent, any request with a key is a 429. */
    Budget failedKeys();

    /** Most clients (addresses or keys) tracked per budget; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long maxClients();

    /** How long a key's validity is remembered for choosing its budget (never for authorizing anything). */
    @WithDefault("30s")
    Duration keyCacheTtl();

    interface Budget {
        /** Requests per window. */
        long quota();

        Duration window();
    }
}
