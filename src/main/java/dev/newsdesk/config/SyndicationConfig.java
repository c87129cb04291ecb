package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Feeds and sitemaps ({@code newsdesk.syndication.*}). */
@ConfigMapping(prefix = "newsdesk.syndication")
public interface SyndicationConfig {

    /**
     * Where readers and crawlers reach this API's feeds and sitemaps (their self links, the locations in the sitemap
     * index). Unset: the site's base URL, for a front end that serves /api/v1/feeds and /api/v1/sitemaps under its
     * own host, as search engines want sitemaps on the host of the pages they list.
     */
    Optional<URI> publicUrl();

    Feeds feeds();

    Sitemaps sitemaps();

    WebSub websub();

    interface Feeds {
        /** Items in a feed when the request does not ask for another number (at most 100). */
        @WithDefault("20")
        int size();

        /** FULL: the whole body as HTML; SUMMARY: the standfirst only. */
        @WithDefault("full")
        Content content();
    }

    enum Content { FULL, SUMMARY }

    interface Sitemaps {
        /** URLs per sitemap file; the protocol allows 50,000. A month with more is split into numbered pages. */
        @WithDefault("50000")
        int maxUrls();

        /**
         * Uncompressed bytes per sitemap file; the protocol allows 50 MB (52,428,800 bytes). A page holds no more
         * URLs than fit in it at the longest URL this newsroom can have, so the bound holds without measuring.
         */
        @WithDefault("52428800")
        long maxBytes();

        /** Name of the publication in the Google News sitemap; unset: the site's name. */
        Optional<String> newsPublicationName();
    }

    interface WebSub {
        /** The hub feeds name in rel="hub" and that is told of every change to a feed; unset: no hub. */
        Optional<URI> hub();

        /**
         * How often the change log is read for changes to announce: the longest a ping waits after a change
         * commits or a scheduled time comes (plus the transition job's own interval). "off" stops the pings.
         */
        @WithDefault("1s")
        String interval();

        /** How long one ping may take; it runs after the changes it names committed, off any request. */
        @WithDefault("2s")
        Duration timeout();
    }
}
