package dev.newsdesk.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Global exception mappers: every error leaves the API as application/problem+json, with no class names or stack
 * traces, whatever threw it (our services, Bean Validation, Jackson or the JAX-RS runtime itself).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.code(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (isReturnValueViolation(e)) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(fieldError(violation));
        }
        errors.sort(Comparator.comparing((Problem.FieldError f) -> f.parameter() == null ? "" : f.parameter())
                .thenComparing(f -> f.pointer() == null ? "" : f.pointer())
                .thenComparing(Problem.FieldError::message));
        String detail = errors.stream()
                .map(f -> (f.parameter() != null ? f.parameter() : f.pointer()) + ": " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid");
        boolean body = errors.stream().anyMatch(f -> f.pointer() != null);
        return ProblemResponses.of(body ? ProblemCode.UNPROCESSABLE : ProblemCode.INVALID_PARAMETER, detail,
                path(uri), errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return badJson(e, uri);
    }

    /** Quarkus maps this subtype itself (as plain JSON); naming it keeps wrong types and enum values problems. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return problem(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri); // Quarkus REST wraps the parser's errors (bad syntax, a duplicate field)
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemCode code = switch (status) {
            case 404 -> ProblemCode.ROUTE_NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            case 401 -> ProblemCode.UNAUTHORIZED;
            case 403 -> ProblemCode.FORBIDDEN;
            default -> ProblemCode.MALFORMED_REQUEST;
        };
        String detail = switch (code) {
            case ROUTE_NOT_FOUND -> "No resource at " + path(uri);
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path(uri);
            case NOT_ACCEPTABLE -> "This resource is only available as application/json";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            default -> "The request could not be understood";
        };
        Response problem = ProblemResponses.of(code, detail, path(uri), List.of());
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return problem;
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<ProblemException> refused = DatabaseProblems.of(e);
        if (refused.isPresent()) {
            LOG.debugf("Database refused a change on %s: %s", path(uri), e);
            return problem(refused.get(), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
        return ProblemResponses.of(ProblemCode.INTERNAL_ERROR,
                "An unexpected error occurred; quote incident " + incident + " when reporting it", path(uri),
                List.of());
    }

    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Query, path and header parameters are named; anything inside a request body is a JSON Pointer. */
    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder pointer = new StringBuilder();
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                inBody = true;
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    pointer.append('/').append(escape(String.valueOf(node.getKey())));
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    pointer.append('/').append(escape(node.getName()));
                }
            }
        }
        if (inBody) {
            return Problem.FieldError.pointer(pointer.toString(), violation.getMessage());
        }
        return Problem.FieldError.parameter(parameter == null ? "request" : parameter, violation.getMessage());
    }

    /** RFC 6901 pointer to where Jackson stopped; see {@link JsonProblems#pointer}. */
    public static String pointer(com.fasterxml.jackson.databind.JsonMappingException e) {
        return JsonProblems.pointer(e);
    }

    private static String escape(String token) {
        return JsonProblems.escape(token);
    }

    /** The request path as a problem's {@code instance}. */
    public static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
