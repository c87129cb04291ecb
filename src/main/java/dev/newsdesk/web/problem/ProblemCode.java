package dev.newsdesk.web.problem;

import java.net.URI;
import java.util.Locale;

/** The stable error codes of the API, each with its HTTP status and human title. */
public enum ProblemCode {
    INVALID_PARAMETER(400, "Invalid parameter"),
    INVALID_CURSOR(400, "Invalid cursor"),
    MALFORMED_REQUEST(400, "Malformed request"),
    NOT_FOUND(404, "Not found"),
    ROUTE_NOT_FOUND(404, "No such route"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PENDING_DRAFT(409, "Pending draft"),
    GONE(410, "Gone"),
    ARTICLE_DELETED(410, "Article deleted"),
    ARTICLE_UNPUBLISHED(410, "Article unpublished"),
    ARTICLE_EXPIRED(410, "Article expired"),
    MEDIA_RIGHTS_EXPIRED(410, "Media rights expired"),
    MEDIA_OUT_OF_RIGHTS(409, "Media out of rights"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable content"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    RATE_LIMITED(429, "Too many requests"),
    URI_TOO_LONG(414, "URI too long"),
    HEADERS_TOO_LARGE(431, "Request header fields too large"),
    ORIGIN_NOT_ALLOWED(403, "Origin not allowed"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    INTERNAL_ERROR(500, "Internal server error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create("urn:newsdesk:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
