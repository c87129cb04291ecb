package dev.newsdesk.article;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The entity listener of the rows that decide which articles a list shows and when (articles and their tag rows;
 * bylines count as article writes, the version moves): it tells {@link NextPublications} to read again. A section
 * moved under another parent changes lists too; that write goes through the editorial API, whose commit does.
 */
public class ListMembershipWrites {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        NextPublications.written();
    }
}
