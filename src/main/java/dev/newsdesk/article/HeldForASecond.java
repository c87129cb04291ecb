package dev.newsdesk.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import dev.newsdesk.reference.ListMembershipWrites;
import dev.newsdesk.web.cache.RepresentationCache;
import java.time.Duration;

/**
 * What NextPublications and SectionFilters share: a memo of list inputs bounded by bytes (any client can name new
 * filters) and by {@link #HOLD} of real time, whose entries carry the {@link Stamp} they were read under and hold
 * only while it is unchanged (no write through this instance, no list-membership row written through this JVM).
 */
final class HeldForASecond {

    /** The longest a read is held: a write through another instance is seen within it (README "Per-instance cache"). */
    static final Duration HOLD = Duration.ofSeconds(1);
    private static final long MAX_BYTES = 1 << 20;

    private HeldForASecond() {
    }

    /** A memo weighed to at most 1 MB, each entry kept at most {@link #HOLD} (real time, not a test's clock). */
    static <K, V> Cache<K, V> memo(Weigher<K, V> weigher) {
        return Caffeine.newBuilder().maximumWeight(MAX_BYTES).weigher(weigher).expireAfterWrite(HOLD)
                .executor(Runnable::run).build();
    }

    /** Taken before a read: an entry read under another stamp is read again. */
    record Stamp(long writes, long generation) {

        static Stamp now(RepresentationCache cache) {
            return new Stamp(ListMembershipWrites.count(), cache.generation());
        }
    }
}
