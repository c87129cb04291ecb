package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "newsdesk")
public interface NewsdeskConfig {

    Newsroom newsroom();

    SampleData sampleData();

    HttpCacheConfig httpCache();

    interface Newsroom {
        /** IANA zone of the newsroom; API timestamps carry its offset at that instant. */
        @WithDefault("UTC")
        ZoneId timeZone();
    }

    interface SampleData {
        /** Load the sample newsroom into an empty database. Unset: on for H2, off for PostgreSQL. */
        Optional<Boolean> enabled();
    }
}
