package dev.newsdesk.web.problem;

import java.util.function.Function;

/**
 * Looks through what wraps a failure: its causes and its suppressed exceptions, because JTA reports a failure at
 * commit as a RollbackException that suppresses it rather than one caused by it.
 */
public final class FailureCauses {

    /** Deep enough for Hibernate, JTA, Agroal and Quarkus wrapping one another; a guard against cycles. */
    private static final int MAX_DEPTH = 32;

    private FailureCauses() {
    }

    /** The first non-null answer of {@code match} for the failure, then its suppressed ones, then its cause. */
    public static <T> T first(Throwable failure, Function<Throwable, T> match) {
        return first(failure, match, 0);
    }

    private static <T> T first(Throwable t, Function<Throwable, T> match, int depth) {
        if (t == null || depth > MAX_DEPTH) {
            return null;
        }
        T found = match.apply(t);
        if (found != null) {
            return found;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            found = first(suppressed, match, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return t.getCause() == t ? null : first(t.getCause(), match, depth + 1);
    }
}
