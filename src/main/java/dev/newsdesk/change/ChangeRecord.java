package dev.newsdesk.change;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change, as other features read it ({@link ChangeLog#after}).
 *
 * @param seq position in commit order, from 1, without gaps
 * @param itemType {@code article}, {@code section}, {@code author}, {@code tag}, {@code media}, {@code collection},
 *                 {@code site}
 * @param itemId the item's public id
 * @param reason for an upsert: {@code created}, {@code published}, {@code scheduled_publication}, {@code edited},
 *               {@code corrected}, {@code reference_changed}, {@code related_changed}; for a tombstone:
 *               {@code deleted}, {@code unpublished}, {@code expired}
 * @param changed names of the fields readers see that changed ([] for a tombstone)
 * @param surrogateKeys keys of the cached responses now stale, as in the Surrogate-Key header
 * @param before what filters match on, as readers last saw the item; null if they did not see it
 * @param after what filters match on now; null for a tombstone
 * @param occurredAt when readers could first observe the change
 * @param recordedAt when it was recorded (later than occurredAt for a scheduled transition, by the scheduler's delay)
 */
public record ChangeRecord(long seq, String itemType, String itemId, ChangeKind kind, String reason,
                           List<String> changed, List<String> surrogateKeys, ItemAttributes before,
                           ItemAttributes after, Instant occurredAt, Instant recordedAt) {
}
