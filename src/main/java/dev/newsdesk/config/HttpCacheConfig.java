package dev.newsdesk.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP caching of the public delivery API ({@code newsdesk.http-cache.*}). A resource kind is the first path segment
 * after /api/v1, plus "-list" for collections: {@code articles}, {@code articles-list}, {@code sections-list}, ...
 * Kinds without their own entry use the defaults below.
 */
public interface HttpCacheConfig {

    /** Cache-Control per resource kind; a kind that is not listed gets the group defaults. */
    @WithDefaults
    Map<String, Policy> kinds();

    LocalCache localCache();

    interface Policy {
        /** How long browsers and CDNs may serve the response without asking again. */
        @WithDefault("60s")
        Duration maxAge();

        /** How long after max-age a cache may serve the old response while it revalidates in the background. */
        @WithDefault("60s")
        Duration staleWhileRevalidate();

        /** How long after max-age a cache may serve the old response when this API answers with an error. */
        @WithDefault("1h")
        Duration staleIfError();
    }

    /**
     * Each instance keeps rendered responses for a short time so hot articles and revalidations skip the database.
     * Served copies carry an Age header, so downstream caches count that time against max-age: a write on any
     * instance is visible everywhere within max-age.
     */
    interface LocalCache {
        /** How long a rendered response is reused; 0 turns the cache off. Keep it well below the smallest max-age. */
        @WithDefault("1s")
        Duration ttl();

        /**
         * Upper bound on the bytes the cached responses hold (bodies in both codings plus headers). A bound by bytes,
         * not by count: any client can make distinct URLs, and a list of 100 articles with include= weighs as much
         * as hundreds of single articles. Keep it a small part of the heap (the Dockerfile gives 128 MB).
         */
        @WithDefault("16M")
        MemorySize maxWeight();

        /** Responses heavier than this are sent but not kept: a few of them would push everything else out. */
        @WithDefault("512K")
        MemorySize maxEntrySize();
    }
}
