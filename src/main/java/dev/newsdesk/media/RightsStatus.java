package dev.newsdesk.media;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/**
 * Where an instant falls in an asset's usage-rights window [validFrom, validUntil): before it pending, inside it
 * active, from validUntil on expired. Only active assets reach the delivery API; decided at each read, with the
 * application clock, so no job has to run at a boundary.
 */
public enum RightsStatus {
    ACTIVE, PENDING, EXPIRED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RightsStatus of(MediaAsset asset, Instant now) {
        if (asset.getRightsValidFrom() != null && now.isBefore(asset.getRightsValidFrom())) {
            return PENDING;
        }
        if (asset.getRightsValidUntil() != null && !now.isBefore(asset.getRightsValidUntil())) {
            return EXPIRED;
        }
        return ACTIVE;
    }

    /** The next instant after now at which the status changes; null when it never will. */
    public static Instant nextBoundary(MediaAsset asset, Instant now) {
        Instant from = asset.getRightsValidFrom();
        if (from != null && from.isAfter(now)) {
            return from;
        }
        Instant until = asset.getRightsValidUntil();
        return until != null && until.isAfter(now) ? until : null;
    }

    /** The latest instant up to now at which the status changed; null when it never did. */
    public static Instant lastBoundary(MediaAsset asset, Instant now) {
        Instant until = asset.getRightsValidUntil();
        if (until != null && !until.isAfter(now)) {
            return until;
        }
        Instant from = asset.getRightsValidFrom();
        return from != null && !from.isAfter(now) ? from : null;
    }
}
