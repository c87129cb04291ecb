package dev.newsdesk.reference;

/** The kinds of reference data articles point at: a section, the authors of the byline, tags, media assets. */
public enum ReferenceKind {
    SECTION("section"), AUTHOR("author"), TAG("tag"), MEDIA("media");

    private final String noun;

    ReferenceKind(String noun) {
        this.noun = noun;
    }

    /** How problems name one of this kind: "No author '…'", "Another tag already has the slug …". */
    public String noun() {
        return noun;
    }
}
