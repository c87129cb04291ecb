package dev.newsdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.config.HttpCacheConfig;
import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The HTTP caching contract of the public delivery API, in one place: which requests it covers, how a response is
 * rendered into a representation with validators, the Cache-Control of each resource kind, and conditional requests.
 * {@link HttpCachingFilters} applies it to every GET under /api/v1, so endpoints added later get it without code.
 */
@ApplicationScoped
public class HttpCaching {

    public static final String API_PREFIX = "/api/v1/";
    /** Editorial answers and previews show unpublished content to one user: never stored by anyone. */
    public static final String PRIVATE = "private, no-store";
    public static final String VARY = "Accept, Accept-Encoding";

    private final ObjectMapper json;
    private final HttpCacheConfig config;
    private final LastModifiedLookup lastModified;
    private final Clock clock;

    public HttpCaching(ObjectMapper json, NewsdeskConfig config, LastModifiedLookup lastModified, Clock clock) {
        this.json = json;
        this.config = config.httpCache();
        this.lastModified = lastModified;
        this.clock = clock;
    }

    /** Editorial answers, previews included: everything under /api/v1/editorial, whatever its status. */
    public static boolean isPrivate(String path) {
        return path.startsWith(API_PREFIX + "editorial");
    }

    /**
     * The resource kind of a public read, such as {@code articles} for /api/v1/articles/{id} or {@code articles-list}
     * for /api/v1/articles; null when the request is not a public delivery GET.
     */
    public static String publicKind(String method, String path) {
        if (!("GET".equals(method) || "HEAD".equals(method)) || !path.startsWith(API_PREFIX) || isPrivate(path)) {
            return null;
        }
        String[] segments = path.substring(API_PREFIX.length()).split("/");
        if (segments.length == 0 || segments[0].isEmpty()) {
            return null;
        }
        return segments.length == 1 ? segments[0] + "-list" : segments[0];
    }

    public String cacheControl(String kind) {
        HttpCacheConfig.Policy policy = config.kinds().get(kind);
        return "public, max-age=" + policy.maxAge().toSeconds()
                + ", stale-while-revalidate=" + policy.staleWhileRevalidate().toSeconds()
                + ", stale-if-error=" + policy.staleIfError().toSeconds();
    }

    /** Serializes a response entity exactly as the API sends it and derives its validators and surrogate keys. */
    public CachedRepresentation render(Object entity, String kind, boolean withGzip,
                                       Map<String, List<String>> headers) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response entity could not be serialized", e);
        }
        Set<String> keys = new LinkedHashSet<>(CacheDependencies.of(entity));
        // Fall back to the render time when nothing stored is shown (an empty list): a safe, never-too-old value.
        Instant modified = lastModified.latest(keys).orElseGet(() -> clock.instant().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
        keys.add(kind);
        return new CachedRepresentation(body, withGzip ? gzip(body) : null, tag(body), modified, keys, kind,
                clock.instant(), Map.copyOf(headers));
    }

    /**
     * RFC 9110 section 13.1: If-None-Match (weak comparison, any listed tag or *) wins; If-Modified-Since counts only
     * without it.
     */
    public static boolean notModified(MultivaluedMap<String, String> requestHeaders, CachedRepresentation rep,
                                      boolean gzipped) {
        String ifNoneMatch = requestHeaders.getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            String current = rep.etag(gzipped);
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals(current));
        }
        String ifModifiedSince = requestHeaders.getFirst("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !rep.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // RFC 9110: an invalid date is ignored
            }
        }
        return false;
    }

    /** Whether the client takes gzip: listed in Accept-Encoding (or as *) without q=0. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                boolean refused = parts.length > 1 && parts[1].trim().matches("q=0(\\.0*)?");
                return !refused;
            }
        }
        return false;
    }

    /** Whether a cached JSON answer satisfies the Accept header (absent, or listing a type compatible with JSON). */
    public static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
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

    public static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
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

    /** 128 bits of SHA-256 over the JSON bytes, base64url: equal bodies give equal tags on every instance. */
    private static String tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
