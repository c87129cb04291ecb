package dev.newsdesk.web.cache;

/**
 * A response entity whose body was written ahead of the HTTP layer, wrapped with what other response filters read
 * from it (a page's links, say): {@link HttpCaching} takes its {@link RenderedBody} as the representation.
 */
public interface Prerendered {

    RenderedBody rendered();
}
