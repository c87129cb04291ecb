package dev.newsdesk.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the one error shape of the whole API. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI that identifies the problem type.", example = "urn:newsdesk:problem:invalid-parameter",
                required = true)
        URI type,
        @Schema(description = "Short summary of the problem type.", example = "Invalid parameter", required = true)
        String title,
        @Schema(description = "HTTP status code.", example = "400", required = true)
        int status,
        @Schema(description = "What went wrong with this request.", example = "limit must be less than or equal to 100")
        String detail,
        @Schema(description = "The request path this problem occurred on.", example = "/api/v1/articles")
        String instance,
        @Schema(description = "Stable, machine-readable error code.", example = "INVALID_PARAMETER", required = true)
        String code,
        @Schema(description = "The offending parameters or body fields, when the request was invalid.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: either a query/path/header parameter or a JSON Pointer into the request body. */
    @Schema(name = "ProblemFieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(description = "Name of the offending query, path or header parameter.", example = "limit")
            String parameter,
            @Schema(description = "RFC 6901 JSON Pointer to the offending field of the request body.", example = "/headline")
            String pointer,
            @Schema(description = "Why the value was refused.", example = "must be less than or equal to 100", required = true)
            String message) {

        public static FieldError parameter(String name, String message) {
            return new FieldError(name, null, message);
        }

        public static FieldError pointer(String pointer, String message) {
            return new FieldError(null, pointer, message);
        }
    }
}
