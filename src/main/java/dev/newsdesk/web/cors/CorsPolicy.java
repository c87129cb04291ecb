package dev.newsdesk.web.cors;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One CORS rule: who may call, with which methods and request headers, and which answer headers they may read. */
record CorsPolicy(Set<String> origins, boolean anyOrigin, String methods, String requestHeaders,
                  String exposedHeaders, Duration maxAge) {

    static final String ANY = "*";

    static CorsPolicy of(List<String> origins, List<String> methods, List<String> requestHeaders,
                         List<String> exposedHeaders, Duration maxAge) {
        Set<String> normalized = origins.stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(CorsPolicy::normalize).collect(Collectors.toUnmodifiableSet());
        return new CorsPolicy(normalized, normalized.contains(ANY), String.join(", ", methods),
                String.join(", ", requestHeaders), String.join(", ", exposedHeaders), maxAge);
    }

    boolean allows(String origin) {
        return anyOrigin || origins.contains(normalize(origin));
    }

    /** The Access-Control-Allow-Origin value: * for a wildcard rule (the answer then does not vary by origin). */
    String allowOrigin(String origin) {
        return anyOrigin ? ANY : origin;
    }

    /** Scheme and host compare case-insensitively; a trailing slash is not part of an origin. */
    private static String normalize(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
