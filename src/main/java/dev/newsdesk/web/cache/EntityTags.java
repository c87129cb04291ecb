package dev.newsdesk.web.cache;

import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;

/**
 * Strong ETags from an entity's optimistic-lock version, and the If-Match checks that stop lost updates: a write
 * without If-Match is refused (428), a write against an older version too (412).
 */
public final class EntityTags {

    public static final String ETAG_DESCRIPTION = "Strong ETag of this version; send it as If-Match to change it.";
    public static final String IF_MATCH_DESCRIPTION =
            "The ETag of your last GET. Without it: 428; when someone changed it since: 412.";

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag("v" + version);
    }

    /** The version the client last saw, from If-Match; "*" means any current version. */
    public static ExpectedVersion parseIfMatch(String ifMatch) {
        requireIfMatch(ifMatch);
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return ExpectedVersion.any();
        }
        for (String candidate : value.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("\"v") && tag.endsWith("\"") && tag.length() > 3) {
                try {
                    return new ExpectedVersion(Long.parseLong(tag.substring(2, tag.length() - 1)));
                } catch (NumberFormatException e) {
                    // not one of ours: treated as stale below
                }
            }
        }
        // A weak or foreign tag can never match a strong ETag of ours.
        return new ExpectedVersion(-1L);
    }

    /** 428 when the client sent no If-Match. */
    public static void requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemCode.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of your last GET, so you cannot overwrite someone else's change",
                    List.of(Problem.FieldError.parameter("If-Match", "required")));
        }
    }

    public record ExpectedVersion(Long version) {

        /** Whatever version is current: for the application's own writes (sample data), never for a client's. */
        public static ExpectedVersion any() {
            return new ExpectedVersion(null);
        }

        /** Throws 412 unless the current version is the one the client saw. */
        public void check(long current) {
            if (version != null && version != current) {
                throw stale();
            }
        }
    }

    /** Flushes pending changes now, so a lost optimistic-lock race is a 412 here rather than an error at commit. */
    public static void flushOrStale(Runnable flush) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(ProblemCode.PRECONDITION_FAILED,
                "Someone changed this since you read it; GET it again, reapply your change and send the new ETag");
    }
}
