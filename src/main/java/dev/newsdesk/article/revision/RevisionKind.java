package dev.newsdesk.article.revision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a revision did to its article. */
public enum RevisionKind {
    CREATED, EDITED, PUBLISHED, UNPUBLISHED, CORRECTION, DELETED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
