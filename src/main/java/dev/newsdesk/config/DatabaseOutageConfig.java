package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the API answers while its database cannot ({@code newsdesk.database-outage.*}). */
@ConfigMapping(prefix = "newsdesk.database-outage")
public interface DatabaseOutageConfig {

    /** The Retry-After of a 503: when a client may try again. */
    @WithDefault("5s")
    Duration retryAfter();

    /** Each kind of failure (connection, timeout, pool exhausted, shutdown) is logged at most once per interval. */
    @WithDefault("60s")
    Duration logInterval();
}
