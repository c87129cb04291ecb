package dev.newsdesk.web.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Database refusals that are the client's doing, not a bug: they leave as the problem a check in the service would
 * have given, never as a 500. The important one is a unique key that two concurrent requests both checked as free
 * (two creates of one slug): the one that commits second gets the 409 that a request arriving a moment later gets.
 * <p>
 * The others are a safety net behind the request limits of the contract (too long a value, a date out of range),
 * which name the field themselves; here the database only tells the kind of refusal.
 */
final class DatabaseProblems {

    /** SQLSTATE classes and codes shared by PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String VALUE_TOO_LONG = "22001";
    private static final String DATETIME_OVERFLOW = "22008";
    private static final String NUMERIC_OUT_OF_RANGE = "22003";
    /** PostgreSQL: a NUL character in text (character_not_in_repertoire); H2 stores it. */
    private static final String NOT_IN_REPERTOIRE = "22021";
    /** PostgreSQL: "string is too long for tsvector" (program_limit_exceeded). */
    private static final String LIMIT_EXCEEDED = "54000";

    /** Unique constraints of the schema (db/migration) that a client can run into, and the field each guards. */
    private static final Map<String, String> SLUG_OWNERS = Map.of(
            "section_slug_uk", "section",
            "author_slug_uk", "author",
            "tag_slug_uk", "tag",
            "article_slug_uk", "article",
            "article_collection_slug_uk", "collection");

    private DatabaseProblems() {
    }

    /** The problem a database refusal somewhere in the causes of {@code e} stands for, if it is one. */
    static Optional<ProblemException> of(Throwable e) {
        SQLException sql = FailureCauses.first(e,
                t -> t instanceof SQLException found && found.getSQLState() != null ? found : null);
        return sql == null ? Optional.empty() : Optional.ofNullable(problem(sql, e));
    }

    private static ProblemException problem(SQLException sql, Throwable thrown) {
        return switch (sql.getSQLState()) {
            case UNIQUE_VIOLATION -> conflict(constraintName(thrown, sql));
            case VALUE_TOO_LONG, LIMIT_EXCEEDED -> new ProblemException(ProblemCode.UNPROCESSABLE,
                    "A value is longer than this API can store");
            case DATETIME_OVERFLOW, NUMERIC_OUT_OF_RANGE -> new ProblemException(ProblemCode.UNPROCESSABLE,
                    "A value is outside the range this API can store");
            case NOT_IN_REPERTOIRE -> new ProblemException(ProblemCode.UNPROCESSABLE,
                    "A text contains a character this API cannot store, such as NUL (U+0000)");
            default -> null;
        };
    }

    private static ProblemException conflict(String constraint) {
        String owner = constraint == null ? null : SLUG_OWNERS.get(constraint);
        if (owner == null) {
            return new ProblemException(ProblemCode.CONFLICT,
                    "The change clashes with another one made at the same time; read the current state and retry");
        }
        return new ProblemException(ProblemCode.CONFLICT, "Another " + owner + " already has this slug",
                List.of(Problem.FieldError.pointer("/slug", "already used by another " + owner)));
    }

    /**
     * The violated constraint's name as the migrations spell it. Hibernate extracts it from the driver's message:
     * PostgreSQL gives {@code section_slug_uk}, H2 the name of the index behind it, such as
     * {@code public.section_slug_uk_index_8}.
     */
    private static String constraintName(Throwable thrown, SQLException sql) {
        String name = null;
        for (Throwable cause = thrown; cause != null && name == null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                name = violation.getConstraintName();
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        String text = (name != null ? name : String.valueOf(sql.getMessage())).toLowerCase(Locale.ROOT);
        return SLUG_OWNERS.keySet().stream().filter(text::contains)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
    }
}
