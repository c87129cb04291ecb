package dev.newsdesk.web.request;

/**
 * What no text the API takes may contain. PostgreSQL stores text without the NUL character (U+0000) and refuses a
 * statement that carries one, so the API refuses it where it arrives, naming the field or parameter, on both
 * databases alike.
 */
public final class TextRules {

    public static final String NO_NUL = "must not contain the NUL character (U+0000)";

    private TextRules() {
    }

    public static boolean containsNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
