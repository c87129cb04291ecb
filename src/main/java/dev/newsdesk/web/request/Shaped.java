package dev.newsdesk.web.request;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A delivery answer as the client asked for it: the record itself when neither fields= nor include= changed it (so
 * default answers stay byte for byte what they always were), else the JSON trimmed and extended from that record.
 * Either way the record is kept: HTTP caching walks it to find every entity the answer shows (Surrogate-Key,
 * Last-Modified), and a page record holds the links that go into the Link header.
 */
public record Shaped<T extends Record>(T record, JsonNode json) {

    public static <T extends Record> Shaped<T> asIs(T record) {
        return new Shaped<>(record, null);
    }

    public static <T extends Record> Shaped<T> as(T record, JsonNode json) {
        return new Shaped<>(record, json);
    }

    /** What goes on the wire. */
    @JsonValue
    public Object body() {
        return json == null ? record : json;
    }
}
