package dev.newsdesk.web.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the API's reader refused although its type fits (a NUL character, a year of nine digits), with a
 * reason fit for the client: Jackson's own messages name Java classes. Jackson adds the path as it unwinds, so the
 * problem points at the field.
 */
public class RefusedJsonValue extends MismatchedInputException {

    public RefusedJsonValue(JsonParser parser, String reason) {
        super(parser, reason, (Class<?>) null);
    }

    public String reason() {
        return getOriginalMessage();
    }
}
