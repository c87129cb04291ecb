package dev.newsdesk.media;

/**
 * The printed credit ("Photo : Harbour Light Agency") and the names it credits ("Harbour Light Agency") are two
 * fields: a front end in another language prints its own label before {@code credit}, the others print
 * {@code creditLine}. Without a line of the editors' own, the line is the type's English label and the names.
 */
public final class CreditLine {

    /** Between the label and the names, as the newsroom prints it. */
    static final String SEPARATOR = " : ";

    private CreditLine() {
    }

    /** The line to print: the editors' own, else the type's label and the credited names; null with neither. */
    public static String of(MediaType type, String credit, String ownLine) {
        if (ownLine != null) {
            return ownLine;
        }
        return credit == null ? null : label(type) + SEPARATOR + credit;
    }

    static String label(MediaType type) {
        return switch (type) {
            case IMAGE -> "Photo";
            case GRAPHIC -> "Graphic";
            case VIDEO -> "Video";
            case AUDIO -> "Audio";
        };
    }

    /**
     * The names of a line written as "label : names" (how credits were stored before V68), or null when the line
     * has no label.
     */
    public static String namesOf(String line) {
        if (line == null) {
            return null;
        }
        int separator = line.indexOf(SEPARATOR);
        if (separator <= 0) {
            return null;
        }
        String names = line.substring(separator + SEPARATOR.length()).strip();
        return names.isEmpty() ? null : names;
    }
}
