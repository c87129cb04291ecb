package dev.newsdesk.web.problem;

import java.util.List;

/** Thrown by services and resources; the global mapper turns it into application/problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(ProblemCode code, String detail) {
        this(code, detail, List.of());
    }

    public ProblemException(ProblemCode code, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String key) {
        return new ProblemException(ProblemCode.NOT_FOUND, "No " + what + " '" + key + "'");
    }

    public static ProblemException badParameter(String parameter, String message) {
        return new ProblemException(ProblemCode.INVALID_PARAMETER, parameter + ": " + message,
                List.of(Problem.FieldError.parameter(parameter, message)));
    }

    /** A 422 naming each offending body field by JSON Pointer. */
    public static ProblemException unprocessable(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemCode.UNPROCESSABLE, errors.stream()
                .map(e -> e.pointer() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid"), errors);
    }

    public ProblemCode code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
