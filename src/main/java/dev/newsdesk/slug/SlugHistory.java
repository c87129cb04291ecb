package dev.newsdesk.slug;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A slug something used to have. It points at the item, not at its next slug, so any number of renames still
 * redirect in one hop; a target that no longer exists was deleted.
 */
@Entity
@Table(name = "slug_history")
public class SlugHistory {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SlugKind kind;

    @Column(name = "old_slug", nullable = false, length = 200)
    private String oldSlug;

    @Column(name = "target_id", nullable = false)
    private UUID targetId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SlugHistory() {
    }

    SlugHistory(SlugKind kind, String oldSlug, UUID targetId, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.oldSlug = oldSlug;
        this.targetId = targetId;
        this.changedAt = changedAt;
    }

    public UUID getId() { return id; }
    public SlugKind getKind() { return kind; }
    public String getOldSlug() { return oldSlug; }
    public UUID getTargetId() { return targetId; }
    public Instant getChangedAt() { return changedAt; }
}
