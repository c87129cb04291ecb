package dev.newsdesk.syndication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WebSubPositionRepository implements PanacheRepositoryBase<WebSubPosition, Integer> {

    /** The position as last committed: a scalar read, so a session that loaded the row before reads it anew. */
    long position() {
        return getEntityManager().createQuery("select p.lastSeq from WebSubPosition p where p.id = :id", Long.class)
                .setParameter("id", WebSubPosition.ID).getSingleResult();
    }

    /**
     * Moves the position from {@code from} to {@code to} if no other instance moved it since it was read: true
     * when this caller now owns the changes in between.
     */
    boolean advance(long from, long to) {
        return update("lastSeq = ?1 where id = ?2 and lastSeq = ?3", to, WebSubPosition.ID, from) == 1;
    }
}
