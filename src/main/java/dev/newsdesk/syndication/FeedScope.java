package dev.newsdesk.syndication;

/** What a feed follows: the whole site, or one section (with its subsections), tag or author, by slug. */
public record FeedScope(Kind kind, String slug) {

    public enum Kind {
        SITE(""), SECTION("sections"), TAG("tags"), AUTHOR("authors");

        private final String segment;

        Kind(String segment) {
            this.segment = segment;
        }

        /** The path segment of this kind under /api/v1/feeds/{format}, and of its pages on the site. */
        public String segment() {
            return segment;
        }
    }

    public static final FeedScope SITE = new FeedScope(Kind.SITE, null);

    /** Path of this scope's feed below /api/v1/feeds/{format}: empty for the site, /sections/world for a section. */
    public String path() {
        return kind == Kind.SITE ? "" : "/" + kind.segment() + "/" + slug;
    }
}
