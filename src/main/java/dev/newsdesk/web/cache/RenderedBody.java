package dev.newsdesk.web.cache;

import java.time.Instant;
import java.util.Set;

/**
 * A public response the resource wrote itself in a format other than JSON (an RSS feed, a sitemap): the bytes are
 * the representation, so {@link HttpCachingFilters} gives it the same strong ETag, 304s, Cache-Control and
 * Surrogate-Key as every JSON GET, and {@link CacheHitRoute} serves cached copies with this media type. The format
 * is chosen by the URL, never by Accept: feed readers and crawlers send Accept headers that name no format at all.
 *
 * @param mediaType     the Content-Type, such as {@code application/rss+xml; charset=UTF-8}
 * @param surrogateKeys {@code kind:id} of the entities shown; Last-Modified is looked up from them unless given
 * @param lastModified  when what the body shows last changed, or null to look it up from the keys
 * @param gzip          the gzip coding of bytes as {@link HttpCaching#gzip} gives it, when stored with them; else null
 * @param etag          the entity tag of bytes as {@link HttpCaching} computes it, when stored with them; else null
 */
public record RenderedBody(byte[] bytes, String mediaType, Set<String> surrogateKeys, Instant lastModified,
                           byte[] gzip, String etag) implements Prerendered {

    public RenderedBody {
        surrogateKeys = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(surrogateKeys));
    }

    /** Bytes written for this response: the coding and tag are computed from them. */
    public RenderedBody(byte[] bytes, String mediaType, Set<String> surrogateKeys, Instant lastModified) {
        this(bytes, mediaType, surrogateKeys, lastModified, null, null);
    }

    @Override
    public RenderedBody rendered() {
        return this;
    }
}
