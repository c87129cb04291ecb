package dev.newsdesk.syndication;

import dev.newsdesk.web.cache.RenderedBody;
import java.util.List;

/** A rendered feed or sitemap and the Link header values that go with it (rel="self", rel="hub"). */
public record Syndicated(RenderedBody body, List<String> links) {
}
