package dev.newsdesk.ratelimit;

import dev.newsdesk.config.RateLimitConfig;

/**
 * One budget and how it is advertised, as draft-ietf-httpapi-ratelimit-headers-10 describes: the RateLimit-Policy
 * field {@code "name";q=quota;w=window-seconds} and the RateLimit field {@code "name";r=remaining;t=seconds}.
 */
record RateLimitPolicy(String name, long quota, long windowSeconds) {

    static RateLimitPolicy of(String name, RateLimitConfig.Budget budget) {
        return new RateLimitPolicy(name, budget.quota(), Math.max(1, budget.window().toSeconds()));
    }

    String policyHeader() {
        return "\"" + name + "\";q=" + quota + ";w=" + windowSeconds;
    }

    String limitHeader(long remaining, long resetSeconds) {
        return "\"" + name + "\";r=" + remaining + ";t=" + resetSeconds;
    }
}
