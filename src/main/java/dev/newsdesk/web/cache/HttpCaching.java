package dev.newsdesk.web.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.config.HttpCacheConfig;
import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP caching contract of the public delivery API, in one place: which requests it covers, how a response is
 * rendered into a representation with validators, the Cache-Control of each resource kind, and conditional requests.
 * {@link HttpCachingFilters} applies it to every GET under /api/v1, so endpoints added later get it without code.
 */
@ApplicationScoped
public class HttpCaching {

    public static final String API_PREFIX = "/api/v1/";
    /** The one public read outside /api/v1: crawlers look for it at the site root, and it is cached the same way. */
    public static final String ROBOTS = "/robots.txt";
    static final String ROBOTS_KIND = "robots";
    /** Editorial answers and previews show unpublished content to one user: never stored by anyone. */
    public static final String PRIVATE = "private, no-store";
    public static final String VARY = "Accept, Accept-Encoding";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private final ObjectMapper json;
    private final HttpCacheConfig config;
    private final LastModifiedLookup lastModified;
    private final ContentBoundaries boundaries;
    private final Clock clock;
    private final boolean serverCompression;

    public HttpCaching(ObjectMapper json, NewsdeskConfig config, LastModifiedLookup lastModified,
                       ContentBoundaries boundaries, Clock clock,
                       @ConfigProperty(name = "quarkus.http.enable-compression") boolean serverCompression) {
        this.boundaries = boundaries;
        this.json = json;
        this.config = config.httpCache();
        this.lastModified = lastModified;
        this.clock = clock;
        this.serverCompression = serverCompression;
    }

    /**
     * The Content-Encoding of a 200 answer: gzip, or for the JSON bytes "identity" while Quarkus compresses
     * responses. Vert.x drops that marker instead of compressing, so a body always matches its ETag (a deflate-only
     * client would otherwise get deflated bytes under the identity tag). A HEAD answer has no body that Vert.x could
     * compress, nor would it drop the marker there. Null: no header.
     */
    public String contentEncoding(boolean gzipped, boolean head) {
        return gzipped ? "gzip" : serverCompression && !head ? "identity" : null;
    }

    /** Editorial answers, previews included: everything under /api/v1/editorial, whatever its status. */
    /** First path segment of the change feed (changefeed/), which answers with caching headers of its own. */
    public static final String CHANGE_FEED = "changes";

    public static boolean isPrivate(String path) {
        return path.startsWith(API_PREFIX + "editorial");
    }

    /**
     * The resource kind of a public read, such as {@code articles} for /api/v1/articles/{id} or {@code articles-list}
     * for /api/v1/articles; null when the request is not a public delivery GET.
     */
    public static String publicKind(String method, String path) {
        if (!("GET".equals(method) || "HEAD".equals(method))) {
            return null;
        }
        if (path.equals(ROBOTS)) {
            return ROBOTS_KIND;
        }
        if (!path.startsWith(API_PREFIX) || isPrivate(path)) {
            return null;
        }
        String[] segments = path.substring(API_PREFIX.length()).split("/");
        // The change feed sets its own caching headers: a page is immutable or must be revalidated, never kept here.
        if (segments.length == 0 || segments[0].isEmpty() || segments[0].equals(CHANGE_FEED)) {
            return null;
        }
        return segments.length == 1 ? segments[0] + "-list" : segments[0];
    }

    public String cacheControl(String kind) {
        return cacheControl(kind, Long.MAX_VALUE);
    }

    /**
     * The kind's Cache-Control, with no cache allowed to show the response, fresh or stale, past a moment at
     * which what it shows changes by itself (a photo's rights ending): max-age and each stale allowance end by then.
     */
    String cacheControl(String kind, long secondsUntilChange) {
        HttpCacheConfig.Policy policy = config.kinds().get(kind);
        long maxAge = Math.min(policy.maxAge().toSeconds(), secondsUntilChange);
        long left = secondsUntilChange - maxAge;
        return "public, max-age=" + maxAge
                + ", stale-while-revalidate=" + Math.min(policy.staleWhileRevalidate().toSeconds(), left)
                + ", stale-if-error=" + Math.min(policy.staleIfError().toSeconds(), left);
    }

    /** Serializes a response entity exactly as the API sends it and derives its validators and surrogate keys. */
    public CachedRepresentation render(Object entity, String kind, boolean withGzip,
                                       Map<String, List<String>> headers, String pathTemplate) {
        if (entity instanceof Prerendered prerendered) {
            return render(prerendered.rendered(), kind, withGzip, headers, pathTemplate);
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response entity could not be serialized", e);
        }
        Set<String> keys = new LinkedHashSet<>(CacheDependencies.of(entity));
        Instant now = clock.instant();
        // Fall back to the render time when nothing stored is shown (an empty list): a safe, never-too-old value.
        Instant modified = lastModified.latest(keys).orElseGet(() -> now.truncatedTo(ChronoUnit.SECONDS));
        // A rights boundary passed is a change no updated_at records: the photo it removed is no longer shown.
        Instant passed = boundaries.lastPassed();
        if (passed != null && passed.truncatedTo(ChronoUnit.SECONDS).isAfter(modified)) {
            modified = passed.truncatedTo(ChronoUnit.SECONDS);
        }
        Instant next = boundaries.next();
        // Whole seconds, rounded down: a cache that counts max-age never reaches past the boundary.
        long secondsUntilChange = next == null ? Long.MAX_VALUE : Math.max(0, Duration.between(now, next).toSeconds());
        keys.add(kind);
        String language = languageOf(headers);
        keys.addAll(editionKeys(headers));
        return new CachedRepresentation(body, withGzip ? gzip(body) : null, tag(body, language), modified, keys,
                kind, cacheControl(kind, secondsUntilChange), now, Map.copyOf(headers), pathTemplate, next);
    }

    /**
     * A body the resource wrote itself: its bytes are the representation, its keys the surrogate keys, and its own
     * Last-Modified wins over a lookup of the keys (a sitemap names no entity in its keys, but knows its lastmod).
     */
    private CachedRepresentation render(RenderedBody rendered, String kind, boolean withGzip,
                                        Map<String, List<String>> headers, String pathTemplate) {
        byte[] body = rendered.bytes();
        Set<String> keys = new LinkedHashSet<>(rendered.surrogateKeys());
        Instant now = clock.instant();
        Instant modified;
        if (rendered.lastModified() != null) {
            modified = rendered.lastModified().truncatedTo(ChronoUnit.SECONDS);
        } else {
            // As for a serialized entity: the keys' latest update, or a rights boundary passed since.
            modified = lastModified.latest(keys).orElseGet(() -> now.truncatedTo(ChronoUnit.SECONDS));
            Instant passed = boundaries.lastPassed();
            if (passed != null && passed.truncatedTo(ChronoUnit.SECONDS).isAfter(modified)) {
                modified = passed.truncatedTo(ChronoUnit.SECONDS);
            }
        }
        // A feed shows lead images too: their rights windows bound its freshness as they bound an article's.
        Instant next = boundaries.next();
        long secondsUntilChange = next == null ? Long.MAX_VALUE : Math.max(0, Duration.between(now, next).toSeconds());
        keys.add(kind);
        String language = languageOf(headers);
        keys.addAll(editionKeys(headers));
        // Stored with the bytes (article documents): the same functions made them when the bytes were rendered.
        byte[] gzipped = !withGzip ? null : rendered.gzip() != null ? rendered.gzip() : gzip(body);
        String tag = rendered.etag() != null ? rendered.etag() : tag(body, language);
        return new CachedRepresentation(body, gzipped, tag, modified, keys, kind,
                cacheControl(kind, secondsUntilChange), now, Map.copyOf(headers), pathTemplate,
                rendered.mediaType(), next);
    }

    /** The key of a response in the {@link RepresentationCache}: the raw path and raw query, as the client sent them. */
    public static String cacheKey(String rawPath, String rawQuery) {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /**
     * As above, with the Accept-Language value as sent when there is one: it chooses the edition of an answer whose
     * query has no lang (the raw value, so the route needs no negotiation; a copy per distinct value).
     */
    public static String cacheKey(String rawPath, String rawQuery, String acceptLanguage) {
        String key = cacheKey(rawPath, rawQuery);
        return acceptLanguage == null ? key : key + "\n" + acceptLanguage;
    }

    /**
     * The languages a response says it is in and was asked in (Content-Language, Newsdesk-Requested-Language):
     * part of its ETag, so a 304 for one edition never confirms another's copy, and named in its surrogate keys.
     */
    private static String languageOf(Map<String, List<String>> headers) {
        String content = first(headers, "Content-Language");
        if (content == null) {
            return null;
        }
        String requested = first(headers, "Newsdesk-Requested-Language");
        return requested == null || requested.equals(content) ? content : content + ";" + requested;
    }

    /** One key per language the answer is in: an answer in every edition (lang=*) is purged with each of them. */
    private static List<String> editionKeys(Map<String, List<String>> headers) {
        String content = first(headers, "Content-Language");
        if (content == null) {
            return List.of();
        }
        return java.util.Arrays.stream(content.split(",")).map(String::trim).filter(l -> !l.isEmpty())
                .map(l -> "edition:" + l).toList();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * RFC 9110 section 13.1: If-None-Match (weak comparison, any listed tag or *) wins; If-Modified-Since counts only
     * without it. Runs on every revalidation, so it scans the headers in place rather than splitting them.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, CachedRepresentation rep,
                                      boolean gzipped) {
        if (ifNoneMatch != null) {
            return listsTag(ifNoneMatch, rep.etag(gzipped));
        }
        if (ifModifiedSince == null) {
            return false;
        }
        String since = ifModifiedSince.strip();
        if (since.equals(rep.lastModifiedDate())) {
            return true; // the usual case: the client sends back the Last-Modified it got
        }
        try {
            return !rep.lastModified().isAfter(ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }

    /** Whether a comma-separated list of entity tags holds * or the tag, W/ prefixes ignored (weak comparison). */
    private static boolean listsTag(String list, String tag) {
        int length = list.length();
        int start = 0;
        while (start <= length) {
            int end = list.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int from = skipSpace(list, start, end);
            int to = trimSpace(list, from, end);
            if (to - from > 2 && list.startsWith("W/", from)) {
                from += 2;
            }
            int size = to - from;
            if ((size == 1 && list.charAt(from) == '*')
                    || (size == tag.length() && list.regionMatches(from, tag, 0, size))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * Whether the client takes gzip: the first of gzip, x-gzip or * listed in Accept-Encoding, unless its first
     * parameter is q=0.
     */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int length = acceptEncoding.length();
        int start = 0;
        while (start < length) {
            int end = acceptEncoding.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int semicolon = acceptEncoding.indexOf(';', start);
            int nameEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            int from = skipSpace(acceptEncoding, start, nameEnd);
            int to = trimSpace(acceptEncoding, from, nameEnd);
            if (is(acceptEncoding, from, to, "gzip") || is(acceptEncoding, from, to, "x-gzip")
                    || is(acceptEncoding, from, to, "*")) {
                return nameEnd == end || !isZeroQuality(acceptEncoding, nameEnd + 1, end);
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether the first parameter in the range is q=0, q=0., q=0.0, q=0.00 or q=0.000. */
    private static boolean isZeroQuality(String header, int start, int end) {
        int semicolon = header.indexOf(';', start);
        int paramEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
        int from = skipSpace(header, start, paramEnd);
        int to = trimSpace(header, from, paramEnd);
        if (to - from < 3 || !header.regionMatches(true, from, "q=0", 0, 3)) {
            return false;
        }
        int i = from + 3;
        if (i < to && header.charAt(i++) != '.') {
            return false;
        }
        for (; i < to; i++) {
            if (header.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a cached JSON answer satisfies the Accept header (absent, or listing a type compatible with JSON).
     * The two values clients send most are answered without parsing.
     */
    public static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank() || accept.equals("*/*") || accept.equals(MediaType.APPLICATION_JSON)) {
            return true;
        }
        for (String type : accept.split(",")) {
            try {
                if (MediaType.valueOf(type.trim()).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // an unparsable entry matches nothing
            }
        }
        return false;
    }

    private static boolean is(String header, int from, int to, String token) {
        return to - from == token.length() && header.regionMatches(true, from, token, 0, token.length());
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return to;
    }

    /** IMF-fixdate (RFC 9110 section 5.6.7): two-digit day, unlike RFC_1123_DATE_TIME, which writes "4 Nov". */
    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 128 bits of SHA-256 over the body bytes, base64url: equal bodies give equal tags on every instance. */
    private static String tag(byte[] body) {
        return tag(body, null);
    }

    /** The tag of the body in a language: the language's bytes lead the hash, so editions never share a tag. */
    private static String tag(byte[] body, String language) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (language != null) {
                sha.update((language + "\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[] digest = sha.digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
