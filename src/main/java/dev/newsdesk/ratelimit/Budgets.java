package dev.newsdesk.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The buckets of one budget, one per client, in a Caffeine cache bounded by size: memory stays bounded however
 * many addresses or keys show up. A bucket unused for a whole window is full again anyway, so it is dropped then.
 * Buckets read the application clock, so tests can move time instead of waiting.
 */
final class Budgets {

    private final RateLimitPolicy policy;
    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    Budgets(RateLimitPolicy policy, long maxClients, Clock clock) {
        this.policy = policy;
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients)
                .expireAfterAccess(Duration.ofSeconds(policy.windowSeconds())).build();
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    RateLimitPolicy policy() {
        return policy;
    }

    /** Spends one request of this client's quota, if any is left. */
    Spent spend(String client) {
        Bucket bucket = bucket(client);
        return new Spent(this, bucket, bucket.tryConsumeAndReturnRemaining(1));
    }

    /** Whether this client's quota is spent, without spending any. */
    boolean exhausted(String client) {
        Bucket bucket = buckets.getIfPresent(client);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String client) {
        return buckets.get(client, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(policy.quota())
                        .refillIntervally(policy.quota(), Duration.ofSeconds(policy.windowSeconds())).build())
                .withCustomTimePrecision(time).build());
    }

    /** One request's share of a budget: what is left, when the window restarts, and a refund. */
    record Spent(Budgets budgets, Bucket bucket, ConsumptionProbe probe) {

        boolean allowed() {
            return probe.isConsumed();
        }

        /** Seconds until the quota is restored, rounded up: the RateLimit t parameter and, when refused, Retry-After. */
        long resetSeconds() {
            long nanos = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
            return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
        }

        /** A 304 costs nothing: the request is given back. */
        void refund() {
            bucket.addTokens(1);
        }

        String limitHeader(boolean refunded) {
            long remaining = probe.getRemainingTokens() + (refunded ? 1 : 0);
            return budgets.policy().limitHeader(Math.min(remaining, budgets.policy().quota()), resetSeconds());
        }
    }
}
