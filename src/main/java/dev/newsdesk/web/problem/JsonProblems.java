package dev.newsdesk.web.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/**
 * The 400 of a request body Jackson could not read, pointing at the field where it can (RFC 6901): an unknown
 * field, a value of the wrong type, a refused value, a field given twice. Used for bodies read by Quarkus REST and
 * for merge-patched documents alike, so both answer the same.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ProblemException of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String pointer = pointer(unknown);
            return problem("Unknown field " + pointer, pointer, "unknown field");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pointer = pointer(mapping);
            return problem("Invalid value at " + pointer, pointer,
                    e instanceof RefusedJsonValue refused ? refused.reason() : "invalid value or type");
        }
        // Jackson names no field in either case: its messages are the only way to tell them apart.
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return problem("Unexpected content after the JSON document", "", "nothing may follow the JSON value");
        }
        if (e instanceof JsonParseException && message.startsWith("Duplicate field")
                && e.getProcessor() instanceof JsonParser parser) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            return problem("Duplicate field " + pointer, pointer, "given more than once");
        }
        return new ProblemException(ProblemCode.MALFORMED_REQUEST, "The request body is not valid JSON");
    }

    private static ProblemException problem(String detail, String pointer, String message) {
        return new ProblemException(ProblemCode.MALFORMED_REQUEST, detail,
                List.of(Problem.FieldError.pointer(pointer, message)));
    }

    public static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? escape(ref.getFieldName()) : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
