package dev.newsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** What the change log last recorded of one item: the next change of it is computed against this. */
@Entity
@Table(name = "change_item_state")
public class ItemStateRow {

    @Embeddable
    public record Key(@Column(name = "item_type", length = 20) String itemType,
                      @Column(name = "item_id", length = 64) String itemId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private boolean visible;

    @Column(length = 100_000)
    private String attributes;

    /** JSON object: field name to digest. */
    @Column(nullable = false, length = 100_000)
    private String fingerprint;

    @Column(name = "surrogate_keys", nullable = false, length = 100_000)
    private String surrogateKeys;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    public Key getKey() { return key; }
    public void setKey(Key key) { this.key = key; }
    public boolean isVisible() { return visible; }
    public void setVisible(boolean visible) { this.visible = visible; }
    public String getAttributes() { return attributes; }
    public void setAttributes(String attributes) { this.attributes = attributes; }
    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
    public String getSurrogateKeys() { return surrogateKeys; }
    public void setSurrogateKeys(String surrogateKeys) { this.surrogateKeys = surrogateKeys; }
    public long getLastSeq() { return lastSeq; }
    public void setLastSeq(long lastSeq) { this.lastSeq = lastSeq; }
}
