package dev.newsdesk.web.paging;

import dev.newsdesk.web.cache.Prerendered;
import dev.newsdesk.web.cache.RenderedBody;

/**
 * A page whose JSON was assembled from stored parts (article list pages from stored summaries): the bytes are the
 * representation; the links go into the Link header as for every page record ({@link PageLinkHeader}).
 */
public record RenderedPage(RenderedBody rendered, PageLinks links) implements Prerendered {
}
