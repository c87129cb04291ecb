package dev.newsdesk.web.edge;

import java.util.Locale;

/**
 * Whether an Accept header admits application/json (RFC 9110 section 12.5.1): the most specific media range that
 * matches decides, and a quality of 0 means "not acceptable". So {@code application/json;q=0} refuses JSON even
 * beside a wildcard range, which alone would admit it.
 */
public final class AcceptHeader {

    private AcceptHeader() {
    }

    public static boolean admitsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        int bestSpecificity = 0;
        boolean admitted = false;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = switch (type) {
                case "application/json" -> 3;
                case "application/*" -> 2;
                case "*/*" -> 1;
                default -> 0;
            };
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                admitted = quality(parts) > 0;
            } else if (specificity == bestSpecificity && specificity > 0) {
                admitted |= quality(parts) > 0;
            }
        }
        return admitted;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0; // an unreadable weight admits nothing, as a server may treat it
                }
            }
        }
        return 1;
    }
}
