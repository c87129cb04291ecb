package dev.newsdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to tell one endpoint about. Its id is the {@code webhook-id} header, the same on every retry; its
 * payload is fixed when the message is derived, so every attempt signs the same bytes.
 */
@Entity
@Table(name = "webhook_message")
public class WebhookMessage {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "endpoint_id", nullable = false)
    private UUID endpointId;

    @Column(name = "change_seq", nullable = false)
    private long changeSeq;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    /** The item the change is about ({@code article:<id>}): messages of one item go out in seq order. */
    @Column(name = "item_key", nullable = false, length = 200)
    private String itemKey;

    @Column(nullable = false, length = 100_000)
    private String payload;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 60)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public UUID getEndpointId() { return endpointId; }
    public void setEndpointId(UUID endpointId) { this.endpointId = endpointId; }
    public long getChangeSeq() { return changeSeq; }
    public void setChangeSeq(long changeSeq) { this.changeSeq = changeSeq; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String getItemKey() { return itemKey; }
    public void setItemKey(String itemKey) { this.itemKey = itemKey; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public String getLeaseOwner() { return leaseOwner; }
    public void setLeaseOwner(String leaseOwner) { this.leaseOwner = leaseOwner; }
    public Instant getLeaseUntil() { return leaseUntil; }
    public void setLeaseUntil(Instant leaseUntil) { this.leaseUntil = leaseUntil; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(Instant deliveredAt) { this.deliveredAt = deliveredAt; }
}
