package dev.newsdesk.web.cache;

/**
 * A response entity whose body was written ahead of the HTTP layer: a {@link RenderedBody} itself, or one wrapped
 * with what other response filters read from it (a page's links, say). {@link HttpCaching} takes its body as the
 * representation and {@link RenderedBodyWriter} writes it.
 */
public interface Prerendered {

    RenderedBody rendered();
}
