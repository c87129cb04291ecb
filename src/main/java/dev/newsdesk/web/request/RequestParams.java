package dev.newsdesk.web.request;

import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses raw query and path parameters and collects every problem, so one 400 names all offending parameters at once
 * instead of making a client fix them one round trip at a time.
 */
public final class RequestParams {

    public static final String SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final int SLUG_MAX_LENGTH = 200;
    public static final String LANGUAGE_PATTERN = "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$";
    public static final int LANGUAGE_MAX_LENGTH = 35;

    private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);
    private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_PATTERN);
    // An unencoded '+' in a query string arrives as a space; accept "...T18:00:00 09:00" as the +09:00 it meant.
    private static final Pattern SPACE_FOR_PLUS = Pattern.compile(" (\\d{2}:?\\d{2})$");

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public String slug(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > SLUG_MAX_LENGTH || !SLUG.matcher(value).matches()) {
            reject(name, "must be a slug: lowercase letters, digits and single hyphens");
            return null;
        }
        return value;
    }

    public String language(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > LANGUAGE_MAX_LENGTH || !LANGUAGE.matcher(value).matches()) {
            reject(name, "must be a BCP 47 language tag such as en or ko-KR");
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    public Instant dateTime(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            String normalized = SPACE_FOR_PLUS.matcher(value.trim()).replaceFirst("+$1").toUpperCase(Locale.ROOT);
            OffsetDateTime parsed = OffsetDateTime.parse(normalized);
            // Java reads years up to 999999999; RFC 3339 has four digits, and no database column holds more.
            if (parsed.getYear() >= 0 && parsed.getYear() <= 9999) {
                return parsed.toInstant();
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        reject(name, "must be an RFC 3339 date-time with an offset and a four-digit year, such as "
                + "2019-04-25T18:38:40+09:00");
        return null;
    }

    public UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the rejection below
        }
        reject(name, "must be a UUID such as 0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77");
        return null;
    }

    /** Parses one required id path parameter, or throws a 400 naming it. */
    public static UUID requireUuid(String name, String value) {
        RequestParams params = new RequestParams();
        UUID id = params.uuid(name, value);
        params.throwIfInvalid();
        return id;
    }

    public int intInRange(String name, String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                reject(name, "must be between " + min + " and " + max);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            reject(name, "must be a whole number between " + min + " and " + max);
            return defaultValue;
        }
    }

    /** One of an enumeration by its wire name, the default when absent; {@code allowed} lists the wire names. */
    public <E> E oneOf(String name, String value, E defaultValue, Function<String, Optional<E>> fromWire,
                       String allowed) {
        if (value == null) {
            return defaultValue;
        }
        Optional<E> parsed = fromWire.apply(value);
        if (parsed.isEmpty()) {
            reject(name, "must be one of " + allowed);
            return null;
        }
        return parsed.get();
    }

    /**
     * Every value of a repeatable enumeration parameter, each once: {@code name=a&name=b} and {@code name=a,b} alike.
     * One error for the parameter however many values are unknown; {@code allowed} lists the wire names.
     */
    public <E extends Enum<E>> Set<E> everyOneOf(String name, List<String> values, Class<E> type,
                                                 Function<String, Optional<E>> fromWire, String allowed) {
        Set<E> parsed = EnumSet.noneOf(type);
        boolean invalid = false;
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",", -1)) {
                Optional<E> one = fromWire.apply(part.strip());
                if (one.isPresent()) {
                    parsed.add(one.get());
                } else if (!invalid) {
                    invalid = true;
                    reject(name, "must be one of " + allowed);
                }
            }
        }
        return parsed;
    }

    public void reject(String name, String message) {
        errors.add(Problem.FieldError.parameter(name, message));
    }

    /** Throws one INVALID_PARAMETER problem naming every rejected parameter, if there was any. */
    public void throwIfInvalid() {
        if (errors.isEmpty()) {
            return;
        }
        String detail = errors.stream().map(e -> e.parameter() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        throw new ProblemException(ProblemCode.INVALID_PARAMETER, detail, errors);
    }
}
