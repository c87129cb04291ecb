package dev.newsdesk.syndication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The change-log position up to which the WebSub hub has been told (V75__websub_position.sql): one row. */
@Entity
@Table(name = "websub_position")
public class WebSubPosition {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    public long getLastSeq() { return lastSeq; }
}
