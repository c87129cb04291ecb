package dev.newsdesk.change;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The change log's rows, its counter and the last recorded state of each item. */
@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<ChangeEntry, Long> {

    private final CounterLock counterLock;

    ChangeRepository(CounterLock counterLock) {
        this.counterLock = counterLock;
    }

    /** The transaction's session, to run the recorder as a step of its before-completion. */
    org.hibernate.engine.spi.SessionImplementor session() {
        return getEntityManager().unwrap(org.hibernate.engine.spi.SessionImplementor.class);
    }

    /** Rows after {@code seq}, in seq order. */
    public List<ChangeEntry> after(long seq, int limit) {
        return find("seq > :seq order by seq", Parameters.with("seq", seq)).page(0, limit).list();
    }

    /**
     * The highest committed seq and the highest purged one, as last committed: a plain read, never waiting for a
     * writer that holds the lock. Scalars, not the entity, so a session that loaded the row before reads it anew.
     */
    public long[] committedCounter() {
        Object[] row = getEntityManager().createQuery("select c.value, c.purgedThrough from ChangeCounter c "
                + "where c.id = :id", Object[].class).setParameter("id", ChangeCounter.ID).getSingleResult();
        return new long[] {(Long) row[0], (Long) row[1]};
    }

    /**
     * The counter, locked until the transaction ends: what orders writers (select ... for update). On PostgreSQL the
     * wait for the lock has its own, longer budget ({@link CounterLock}); the find then holds the lock already.
     */
    ChangeCounter lockCounter() {
        counterLock.acquire(getEntityManager());
        return getEntityManager().find(ChangeCounter.class, ChangeCounter.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The recorded visibility of the given items of one type; items the log has no state of are absent. */
    java.util.Map<String, Boolean> recordedVisibility(String type, java.util.Collection<String> ids) {
        java.util.Map<String, Boolean> visible = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return visible;
        }
        getEntityManager().createQuery("select s.key.itemId, s.visible from ItemStateRow s where s.key.itemType = :type "
                        + "and s.key.itemId in :ids", Object[].class).setParameter("type", type).setParameter("ids", ids)
                .getResultList().forEach(row -> visible.put((String) row[0], (Boolean) row[1]));
        return visible;
    }

    Optional<ItemStateRow> state(String type, String id) {
        return Optional.ofNullable(getEntityManager().find(ItemStateRow.class, new ItemStateRow.Key(type, id)));
    }

    void saveState(ItemStateRow row) {
        if (!getEntityManager().contains(row)) {
            getEntityManager().persist(row);
        }
    }

    /** Removes rows recorded before {@code cutoff}; answers the highest seq removed, or 0. */
    long purgeRecordedBefore(Instant cutoff) {
        Long highest = getEntityManager()
                .createQuery("select max(e.seq) from ChangeEntry e where e.recordedAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff).getSingleResult();
        if (highest == null) {
            return 0;
        }
        delete("seq <= ?1", highest);
        return highest;
    }
}
