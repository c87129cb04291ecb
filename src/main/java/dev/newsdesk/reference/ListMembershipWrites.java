package dev.newsdesk.reference;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entity listener of the rows that decide which articles a list shows and when (articles, their tag rows and
 * sections; bylines count as article writes, the version moves). Its count of writes through this JVM's Hibernate
 * (fixtures and jobs included) tells what the article feature remembers about lists (NextPublications,
 * SectionFilters) to read again. Here, beside the other shared reference types, so that sections need not know
 * articles.
 */
public class ListMembershipWrites {

    private static final AtomicLong WRITES = new AtomicLong();

    /** Changes whenever such a row was written through this JVM. */
    public static long count() {
        return WRITES.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        WRITES.incrementAndGet();
    }
}
