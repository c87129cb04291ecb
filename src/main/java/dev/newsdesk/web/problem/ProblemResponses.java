package dev.newsdesk.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the only place that knows how a problem goes on the wire. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf(Problem.MEDIA_TYPE);

    private ProblemResponses() {
    }

    public static Response of(ProblemCode code, String detail, String instance, List<Problem.FieldError> errors) {
        Problem body = new Problem(code.type(), code.title(), code.status(), detail, instance, code.name(),
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(code.status())
                .type(PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .entity(body)
                .build();
    }
}
