package dev.newsdesk.security;

/** A preview token that is forged, expired or for another article: a 401 like a bad key. */
public class InvalidPreviewTokenException extends RuntimeException {

    public InvalidPreviewTokenException() {
        super("The preview token is invalid, expired or for another article", null, false, false);
    }
}
