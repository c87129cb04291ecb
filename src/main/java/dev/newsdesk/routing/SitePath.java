package dev.newsdesk.routing;

import dev.newsdesk.web.problem.ProblemException;
import java.util.List;

/**
 * A site path as a front end received it, checked and split into segments. Only the path: a query or fragment is
 * the front end's business. A single trailing slash is tolerated (it redirects to the canonical path).
 */
record SitePath(String raw, List<String> segments) {

    static final int MAX_LENGTH = 2048;
    static final String PARAMETER = "path";

    static SitePath parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw ProblemException.badParameter(PARAMETER, "required: the site path to resolve, such as /international");
        }
        if (raw.length() > MAX_LENGTH) {
            throw ProblemException.badParameter(PARAMETER, "at most " + MAX_LENGTH + " characters");
        }
        if (raw.charAt(0) != '/') {
            throw ProblemException.badParameter(PARAMETER, "must start with /: a site path, not a URL");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '?' || c == '#' || c == '\\') {
                throw ProblemException.badParameter(PARAMETER,
                        "only the path: no query, fragment, backslash or control character");
            }
        }
        String trimmed = raw.length() > 1 && raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        List<String> segments = trimmed.length() == 1 ? List.of() : List.of(trimmed.substring(1).split("/", -1));
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw ProblemException.badParameter(PARAMETER, "no empty, . or .. segments");
            }
        }
        return new SitePath(raw, segments);
    }

    String last() {
        return segments.get(segments.size() - 1);
    }

    List<String> parents() {
        return segments.subList(0, segments.size() - 1);
    }
}
