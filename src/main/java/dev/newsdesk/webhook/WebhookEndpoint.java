package dev.newsdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A receiver of webhooks. Its secrets are stored encrypted (see {@link WebhookSecrets}). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    private UUID id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 500)
    private String description;

    /** Comma-separated event types or patterns ({@code article.*}); empty for every event. */
    @Column(name = "event_types", nullable = false, length = 2000)
    private String eventTypes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "disabled_reason", length = 500)
    private String disabledReason;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "previous_secret", length = 200)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    /** Start of the current run of failed deliveries; null while the receiver answers. */
    @Column(name = "failing_since")
    private Instant failingSince;

    /** The change-log seq up to which messages for this endpoint have been derived. */
    @Column(name = "cursor_seq", nullable = false)
    private long cursorSeq;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getEventTypes() { return eventTypes; }
    public void setEventTypes(String eventTypes) { this.eventTypes = eventTypes; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getDisabledReason() { return disabledReason; }
    public void setDisabledReason(String disabledReason) { this.disabledReason = disabledReason; }
    public Instant getDisabledAt() { return disabledAt; }
    public void setDisabledAt(Instant disabledAt) { this.disabledAt = disabledAt; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getPreviousSecret() { return previousSecret; }
    public void setPreviousSecret(String previousSecret) { this.previousSecret = previousSecret; }
    public Instant getPreviousSecretUntil() { return previousSecretUntil; }
    public void setPreviousSecretUntil(Instant previousSecretUntil) { this.previousSecretUntil = previousSecretUntil; }
    public Instant getFailingSince() { return failingSince; }
    public void setFailingSince(Instant failingSince) { this.failingSince = failingSince; }
    public long getCursorSeq() { return cursorSeq; }
    public void setCursorSeq(long cursorSeq) { this.cursorSeq = cursorSeq; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
