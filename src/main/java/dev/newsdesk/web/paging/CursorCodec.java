package dev.newsdesk.web.paging;

import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page cursors: a few string fields joined and base64url-encoded. Clients must treat them as opaque; the
 * version prefix lets the format change without old cursors being misread.
 */
public final class CursorCodec {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "|";

    private CursorCodec() {
    }

    public static String encode(List<String> fields) {
        String joined = VERSION + SEPARATOR + String.join(SEPARATOR, fields);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor of exactly {@code fieldCount} fields, or throws an INVALID_CURSOR problem. */
    public static List<String> decode(String cursor, int fieldCount) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = List.of(decoded.split("\\|", -1));
        if (parts.size() != fieldCount + 1 || !VERSION.equals(parts.get(0))) {
            throw invalid();
        }
        return parts.subList(1, parts.size());
    }

    public static ProblemException invalid() {
        return new ProblemException(ProblemCode.INVALID_CURSOR,
                "cursor: not a cursor this API issued for this list; start again without one",
                List.of(Problem.FieldError.parameter("cursor", "unknown or malformed cursor")));
    }
}
