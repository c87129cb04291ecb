package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which browser origins may call the API ({@code newsdesk.cors.*}): one rule for the public delivery API, a separate,
 * stricter one for the editorial API. Neither ever allows credentials: keys travel in the Authorization header,
 * which a front end sets itself, never in cookies.
 */
@ConfigMapping(prefix = "newsdesk.cors")
public interface CorsConfig {

    Delivery delivery();

    Editorial editorial();

    interface Delivery {
        /** Origins such as https://www.example.com, or * for any; unset: no browser origin may call it. */
        Optional<List<String>> origins();

        /** How long a browser may reuse a preflight answer. */
        @WithDefault("PT24H")
        Duration maxAge();
    }

    interface Editorial {
        /** Explicit origins only (* is refused at start); unset: no browser origin may call it. */
        Optional<List<String>> origins();

        @WithDefault("PT10M")
        Duration maxAge();
    }
}
