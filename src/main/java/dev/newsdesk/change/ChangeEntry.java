package dev.newsdesk.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the change log; written once, in the transaction of the change, never updated. */
@Entity
@Table(name = "change_log")
public class ChangeEntry {

    @Id
    private long seq;

    @Column(name = "item_type", nullable = false, length = 20)
    private String itemType;

    @Column(name = "item_id", nullable = false, length = 64)
    private String itemId;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(nullable = false, length = 40)
    private String reason;

    /** Field names, comma-separated. */
    @Column(nullable = false, length = 2000)
    private String changed;

    /** Space-separated, as in the Surrogate-Key header. */
    @Column(name = "surrogate_keys", nullable = false, length = 100_000)
    private String surrogateKeys;

    @Column(name = "attributes_before", length = 100_000)
    private String attributesBefore;

    @Column(name = "attributes_after", length = 100_000)
    private String attributesAfter;

    /** When readers could first observe the change: the write, or the scheduled time a transition came. */
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    public long getSeq() { return seq; }
    public void setSeq(long seq) { this.seq = seq; }
    public String getItemType() { return itemType; }
    public void setItemType(String itemType) { this.itemType = itemType; }
    public String getItemId() { return itemId; }
    public void setItemId(String itemId) { this.itemId = itemId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getChanged() { return changed; }
    public void setChanged(String changed) { this.changed = changed; }
    public String getSurrogateKeys() { return surrogateKeys; }
    public void setSurrogateKeys(String surrogateKeys) { this.surrogateKeys = surrogateKeys; }
    public String getAttributesBefore() { return attributesBefore; }
    public void setAttributesBefore(String attributesBefore) { this.attributesBefore = attributesBefore; }
    public String getAttributesAfter() { return attributesAfter; }
    public void setAttributesAfter(String attributesAfter) { this.attributesAfter = attributesAfter; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public Instant getRecordedAt() { return recordedAt; }
    public void setRecordedAt(Instant recordedAt) { this.recordedAt = recordedAt; }
}
