package dev.newsdesk.web.problem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The conflicts (409) and invalid references (422) that editorial writes share. */
public final class EditorialProblems {

    private EditorialProblems() {
    }

    /** Throws 409 if the slug is taken by another item than {@code self} (null when creating). */
    public static <T> void requireFreeSlug(Optional<T> holder, Function<T, UUID> id, UUID self, String what, String slug) {
        holder.filter(other -> !id.apply(other).equals(self)).ifPresent(other -> {
            throw new ProblemException(ProblemCode.CONFLICT, "Another " + what + " already has the slug '" + slug + "'",
                    List.of(Problem.FieldError.pointer("/slug", "already used by another " + what)));
        });
    }

    public static ProblemException inUse(String detail) {
        return new ProblemException(ProblemCode.CONFLICT, detail);
    }

    public static ProblemException unprocessable(String pointer, String message) {
        return new ProblemException(ProblemCode.UNPROCESSABLE, pointer + ": " + message,
                List.of(Problem.FieldError.pointer(pointer, message)));
    }
}
