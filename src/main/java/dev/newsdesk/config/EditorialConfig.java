package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "newsdesk.editorial")
public interface EditorialConfig {

    /**
     * Secret of an admin key to create at start if it does not exist yet (NEWSDESK_EDITORIAL_BOOTSTRAP_ADMIN_KEY):
     * how a fresh production database gets its first key.
     */
    Optional<String> bootstrapAdminKey();

    /**
     * Generate an admin key on first start when no key exists and none is configured, and print it once.
     * Unset: on for the embedded H2 build, off for PostgreSQL.
     */
    Optional<Boolean> generateAdminKey();

    Preview preview();

    interface Preview {
        /**
         * HMAC secret of preview tokens (NEWSDESK_EDITORIAL_PREVIEW_SECRET). Every instance needs the same one; when
         * unset, each process draws a random one and its tokens work only on that process.
         */
        Optional<String> secret();

        /** How long a preview token works. */
        @WithDefault("PT1H")
        Duration ttl();
    }
}
