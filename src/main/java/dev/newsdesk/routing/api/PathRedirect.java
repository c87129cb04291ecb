package dev.newsdesk.routing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PathRedirect", description = "The redirect a front end answers with: always permanent and always "
        + "straight to the current path, never to another redirect.")
public record PathRedirect(
        @Schema(description = "HTTP status to answer with: 301 Moved Permanently (pages are only ever read with GET, "
                + "where 301 and 308 mean the same and 301 is the one every crawler knows).",
                example = "301")
        int status,
        @Schema(description = "The Location: the current site path.",
                example = "/international/pacific-ports-agree-common-emissions-reporting")
        String location) {
}
