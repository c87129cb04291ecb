package dev.newsdesk.security;

/** A preview token that is forged, expired, for another article or issued by a revoked key: a 401 like a bad key. */
public class InvalidPreviewTokenException extends RuntimeException {

    public InvalidPreviewTokenException() {
        super("The preview token is invalid, expired, for another article or its API key was revoked", null, false, false);
    }
}
