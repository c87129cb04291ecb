package dev.newsdesk.reference;

import java.time.Instant;
import java.util.UUID;

/** What the shared editing steps need of a section, author, tag or media asset entity. */
public interface ReferenceEntity {

    UUID getId();

    void setId(UUID id);

    /** The optimistic-lock version: the editorial API's ETag. */
    long getVersion();

    void setCreatedAt(Instant createdAt);

    void setUpdatedAt(Instant updatedAt);
}
