package dev.newsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row whose lock orders the change log: a writing transaction locks it as its last step and holds the
 * lock until it commits (see V50__change_log.sql and README "Change feed").
 */
@Entity
@Table(name = "change_counter")
public class ChangeCounter {

    static final int ID = 1;

    @Id
    private int id;

    /** The highest seq taken; committed once the transaction that took it commits. */
    @Column(name = "last_seq", nullable = false)
    private long value;

    /** The highest seq removed by retention. */
    @Column(name = "purged_through", nullable = false)
    private long purgedThrough;

    public long getValue() { return value; }
    public void setValue(long value) { this.value = value; }
    public long getPurgedThrough() { return purgedThrough; }
    public void setPurgedThrough(long purgedThrough) { this.purgedThrough = purgedThrough; }
}
