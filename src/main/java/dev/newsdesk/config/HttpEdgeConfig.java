package dev.newsdesk.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request limits the API answers with problem+json ({@code newsdesk.http.*}). Vert.x refuses requests beyond
 * its own limits (quarkus.http.limits.max-initial-line-length and max-header-size) before any route runs and with an
 * empty body, so those are set above these: everything between the two gets a problem.
 */
@ConfigMapping(prefix = "newsdesk.http")
public interface HttpEdgeConfig {

    /** Longest request target (path and query) answered; longer ones are 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest header section (names, values and separators) answered; larger ones are 431. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
