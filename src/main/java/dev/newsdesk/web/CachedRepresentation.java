package dev.newsdesk.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rendered public response: its JSON bytes (and their gzip form), the strong entity tag of those bytes, when what
 * it shows last changed, and the entities it depends on.
 *
 * @param tag          opaque part of the ETag: a hash of the JSON bytes, so it changes exactly when they do
 * @param lastModified latest updated_at among the entities in {@code keys}, whole seconds (HTTP-date precision)
 * @param keys         surrogate keys: {@code kind:id} of every entity shown, plus the resource kind itself
 * @param kind         resource kind whose Cache-Control policy applies, such as {@code articles} or {@code articles-list}
 * @param renderedAt   when this instance rendered it; the Age of a copy served later
 * @param headers      other headers the resource set, such as Link, replayed with every copy
 */
public record CachedRepresentation(byte[] json, byte[] gzip, String tag, Instant lastModified, Set<String> keys,
                                   String kind, Instant renderedAt,
                                   Map<String, List<String>> headers) {

    /** The ETag of this representation in the given content coding: a gzip body is a different representation. */
    public String etag(boolean gzipped) {
        return "\"" + tag + (gzipped ? "-gz" : "") + "\"";
    }
}
