package dev.newsdesk.syndication;

import dev.newsdesk.config.SyndicationConfig;
import dev.newsdesk.site.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Absolute URLs of feeds, sitemaps and site pages. Site pages join the site's base URL (site settings, editable by
 * admins) with the API's canonical paths; feeds and sitemaps live at {@code newsdesk.syndication.public-url}, or
 * under the site's base URL when a front end serves them on its own host.
 */
@ApplicationScoped
public class SyndicationUrls {

    static final String FEEDS = "/api/v1/feeds/";
    static final String SITEMAPS = "/api/v1/sitemaps/";

    private final SyndicationConfig config;

    public SyndicationUrls(SyndicationConfig config) {
        this.config = config;
    }

    /** Where this API's feeds and sitemaps are reached from outside, without a trailing slash. */
    String publicUrl(SiteSettings site) {
        return trim(config.publicUrl().map(Object::toString).orElse(site.getBaseUrl()));
    }

    String page(SiteSettings site, String path) {
        return trim(site.getBaseUrl()) + path;
    }

    String feed(SiteSettings site, FeedFormat format, FeedScope scope) {
        return publicUrl(site) + FEEDS + format.segment() + scope.path();
    }

    /** The same path relative to the API root, as the Link header of the response names it. */
    static String feedPath(FeedFormat format, FeedScope scope) {
        return FEEDS + format.segment() + scope.path();
    }

    String sitemap(SiteSettings site, String name) {
        return publicUrl(site) + SITEMAPS + name;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
