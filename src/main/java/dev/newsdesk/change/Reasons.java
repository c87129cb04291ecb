package dev.newsdesk.change;

/** The reasons a change carries, as the feed writes them. */
public final class Reasons {

    /** Tombstones. */
    public static final String DELETED = "deleted";
    public static final String UNPUBLISHED = "unpublished";
    public static final String EXPIRED = "expired";
    /** Written by the feed, never recorded: the item left the filter the reader asked for. */
    public static final String OUT_OF_SCOPE = "out_of_scope";

    /** Upserts. */
    public static final String CREATED = "created";
    public static final String PUBLISHED = "published";
    public static final String SCHEDULED_PUBLICATION = "scheduled_publication";
    public static final String EDITED = "edited";
    public static final String CORRECTED = "corrected";
    /** An article whose representation embeds a section, author, tag or media asset that changed. */
    public static final String REFERENCE_CHANGED = "reference_changed";
    public static final String RELATED_CHANGED = "related_changed";
    /**
     * An article whose alternates or stale flag changed: another article of its translation group was published,
     * unpublished, renamed or moved, or its source was edited.
     */
    public static final String TRANSLATIONS_CHANGED = "translations_changed";

    private Reasons() {
    }
}
