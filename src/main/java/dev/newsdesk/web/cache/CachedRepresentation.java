package dev.newsdesk.web.cache;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * A rendered public response: its JSON bytes (and their gzip form), the strong entity tag of those bytes, when what
 * it shows last changed, and the entities it depends on. Header values and body buffers are built once here, so a
 * copy served from the {@link RepresentationCache} costs no formatting, hashing or copying.
 */
public final class CachedRepresentation {

    static final String JSON_TYPE = "application/json";

    /** Object headers, the buffers, the strings and the cache's own node: a rough, deliberately high figure. */
    private static final int OVERHEAD = 512;

    private final String tag;
    private final Instant lastModified;
    private final Set<String> keys;
    private final String kind;
    private final Instant renderedAt;
    private final Map<String, List<String>> headers;
    private final String pathTemplate;
    private final String contentType;
    private final String etag;
    private final String gzipEtag;
    private final String lastModifiedDate;
    private final String cacheControl;
    private final String surrogateKey;
    private final String vary;
    private final long renderedAtMillis;
    private final long changesAtMillis;
    private final Buffer jsonBuffer;
    private final Buffer gzipBuffer;
    private final int weight;
    /** Set by the one request that renders this copy again once its TTL has passed. */
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /**
     * @param tag          opaque part of the ETag: a hash of the JSON bytes, so it changes exactly when they do
     * @param lastModified latest updated_at among the entities in {@code keys}, whole seconds (HTTP-date precision)
     * @param keys         surrogate keys: {@code kind:id} of every entity shown, plus the resource kind itself
     * @param kind         resource kind whose Cache-Control policy applies, such as {@code articles}
     * @param cacheControl the Cache-Control value of that kind
     * @param renderedAt   when this instance rendered it; the Age of a copy served later
     * @param headers      other headers the resource set, such as Link, replayed with every copy
     * @param pathTemplate the matched resource path ({@code /api/v1/articles/{id}}) that HTTP metrics are tagged
     *                     with, so a served copy counts under its endpoint; null when unknown
     */
    public CachedRepresentation(byte[] json, byte[] gzip, String tag, Instant lastModified, Set<String> keys,
                                String kind, String cacheControl, Instant renderedAt,
                                Map<String, List<String>> headers, String pathTemplate) {
        this(json, gzip, tag, lastModified, keys, kind, cacheControl, renderedAt, headers, pathTemplate,
                JSON_TYPE, null);
    }

    /**
     * @param changesAt when what this copy shows changes without a write (a photo's usage rights starting or
     *                  ending, see {@link ContentBoundaries}): no copy is served from then on; null when never
     */
    public CachedRepresentation(byte[] json, byte[] gzip, String tag, Instant lastModified, Set<String> keys,
                                String kind, String cacheControl, Instant renderedAt,
                                Map<String, List<String>> headers, String pathTemplate, Instant changesAt) {
        this(json, gzip, tag, lastModified, keys, kind, cacheControl, renderedAt, headers, pathTemplate,
                JSON_TYPE, changesAt);
    }

    /**
     * As above for a body in another media type ({@link RenderedBody}: feeds, sitemaps), named by contentType, and
     * with the instant it changes without a write (null when never).
     */
    public CachedRepresentation(byte[] json, byte[] gzip, String tag, Instant lastModified, Set<String> keys,
                                String kind, String cacheControl, Instant renderedAt,
                                Map<String, List<String>> headers, String pathTemplate, String contentType,
                                Instant changesAt) {
        this.contentType = contentType;
        this.changesAtMillis = changesAt == null ? Long.MAX_VALUE : changesAt.toEpochMilli();
        this.tag = tag;
        this.lastModified = lastModified;
        this.keys = keys;
        this.kind = kind;
        this.cacheControl = cacheControl;
        this.renderedAt = renderedAt;
        this.headers = headers;
        this.pathTemplate = pathTemplate;
        this.etag = "\"" + tag + "\"";
        this.gzipEtag = "\"" + tag + "-gz\"";
        this.lastModifiedDate = HttpCaching.httpDate(lastModified);
        this.surrogateKey = String.join(" ", keys);
        this.vary = vary(headers);
        this.renderedAtMillis = renderedAt.toEpochMilli();
        // The bytes are kept only as Vert.x heap buffers: never released, so one can be written to many responses.
        this.jsonBuffer = Buffer.buffer(json);
        this.gzipBuffer = gzip == null ? null : Buffer.buffer(gzip);
        this.weight = weigh(json, gzip);
    }

    /** Bytes this copy holds: both bodies, the header values (one byte a character) and the objects around them. */
    private int weigh(byte[] json, byte[] gzip) {
        long chars = contentType.length() + etag.length() + gzipEtag.length() + lastModifiedDate.length() + cacheControl.length()
                + surrogateKey.length() + kind.length() + (pathTemplate == null ? 0 : pathTemplate.length());
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            chars += header.getKey().length();
            for (String value : header.getValue()) {
                chars += value.length();
            }
        }
        long bytes = OVERHEAD + json.length + (gzip == null ? 0 : gzip.length) + chars;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** The approximate heap this copy takes, which bounds the {@link RepresentationCache}. */
    public int weight() {
        return weight;
    }

    /** Whether the caller is the first to ask to render this copy again (and so must do it). */
    boolean claimRefresh() {
        return refreshing.compareAndSet(false, true);
    }

    /**
     * The caching headers of this representation, the same on a 200 and a 304 (RFC 9110 section 15.4.5): ETag,
     * Last-Modified, Cache-Control, Vary, Surrogate-Key, then the replayed headers (a name may repeat, as Link does).
     * Both the JAX-RS filter that renders a response and the route that serves cached copies send exactly this set.
     */
    public void forEachHeader(boolean gzipped, BiConsumer<String, String> header) {
        header.accept("ETag", etag(gzipped));
        header.accept("Last-Modified", lastModifiedDate);
        header.accept("Cache-Control", cacheControl);
        header.accept("Vary", vary);
        header.accept("Surrogate-Key", surrogateKey);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Vary")) {
                values.forEach(value -> header.accept(name, value));
            }
        });
    }

    /** Accept and Accept-Encoding, plus what the resource varies on (Accept-Language when it chose the edition). */
    private static String vary(Map<String, List<String>> headers) {
        StringBuilder vary = new StringBuilder(HttpCaching.VARY);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("Vary")) {
                values.forEach(value -> vary.append(", ").append(value));
            }
        });
        return vary.toString();
    }

    /** The ETag of this representation in the given content coding: a gzip body is a different representation. */
    public String etag(boolean gzipped) {
        return gzipped ? gzipEtag : etag;
    }

    /** The body in the given coding, as a buffer that may be written to many responses. */
    public Buffer body(boolean gzipped) {
        if (!gzipped) {
            return jsonBuffer;
        }
        // Rendered without gzip only while the local cache is off and the client did not ask for it.
        return gzipBuffer != null ? gzipBuffer : Buffer.buffer(HttpCaching.gzip(jsonBuffer.getBytes()));
    }

    public String tag() {
        return tag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** {@link #lastModified()} as an HTTP-date, the Last-Modified header value. */
    public String lastModifiedDate() {
        return lastModifiedDate;
    }

    public Set<String> keys() {
        return keys;
    }

    public String kind() {
        return kind;
    }

    public Instant renderedAt() {
        return renderedAt;
    }

    long renderedAtMillis() {
        return renderedAtMillis;
    }

    /** Whether what this copy shows has changed by itself at this instant, so it must never be served again. */
    boolean outdatedAt(long nowMillis) {
        return nowMillis >= changesAtMillis;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** The Content-Type of the body: application/json, or the media type of a {@link RenderedBody}. */
    public String contentType() {
        return contentType;
    }

    public boolean isJson() {
        return JSON_TYPE.equals(contentType);
    }
}
