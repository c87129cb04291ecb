package dev.newsdesk.media.rendition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A configured crop shape: "16:9", or "original" for the master's own (width and height 0). */
public record AspectRatio(String name, int width, int height) {

    public static final String ORIGINAL = "original";
    private static final Pattern RATIO = Pattern.compile("([1-9][0-9]{0,3}):([1-9][0-9]{0,3})");

    public boolean isOriginal() {
        return width == 0;
    }

    /** Parses a configured value; a malformed one stops the start with a message naming it. */
    public static AspectRatio parse(String value) {
        String trimmed = value.strip();
        if (trimmed.equals(ORIGINAL)) {
            return new AspectRatio(ORIGINAL, 0, 0);
        }
        Matcher m = RATIO.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("newsdesk.media.renditions.aspect-ratios: '" + value
                    + "' is neither original nor width:height such as 16:9");
        }
        return new AspectRatio(trimmed, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
