package dev.newsdesk.web.request;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A response trimmed by fields= or extended by include=: the JSON that goes on the wire, plus the records it was
 * made from, so HTTP caching still finds every entity it shows (Surrogate-Key, Last-Modified).
 */
public record ShapedJson(@JsonValue JsonNode json, List<?> sources) {
}
