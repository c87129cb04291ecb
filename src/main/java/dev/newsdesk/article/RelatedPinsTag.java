package dev.newsdesk.article;

import dev.newsdesk.web.cache.EntityTags;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Strong ETags of an article's related pins, taken from the pinned ids themselves: the pins have no version of their
 * own, and the article's version must not move when only its pins do (an editor's open edit would turn stale).
 */
final class RelatedPinsTag {

    private RelatedPinsTag() {
    }

    static EntityTag of(List<UUID> pinnedIds) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (UUID id : pinnedIds) {
                digest.update(id.toString().getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ',');
            }
            return new EntityTag("r" + HexFormat.of().formatHex(digest.digest(), 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** 428 without If-Match; 412 unless it names the pins as they are now ("*": any). */
    static void check(String ifMatch, List<UUID> currentIds) {
        EntityTags.requireIfMatch(ifMatch);
        String current = "\"" + of(currentIds).getValue() + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw EntityTags.stale();
    }
}
