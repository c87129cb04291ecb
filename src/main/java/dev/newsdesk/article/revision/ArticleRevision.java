package dev.newsdesk.article.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved change of an article, with a full snapshot of its content afterwards. Never updated or deleted. */
@Entity
@Immutable
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    /** 1, 2, 3… per article, in the order the changes were saved. */
    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RevisionKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Name of the API key that saved the change. */
    @Column(name = "key_name", nullable = false, length = 100)
    private String keyName;

    @Column(length = 2000)
    private String note;

    @Column(nullable = false)
    private boolean minor;

    /** When readers could first see this revision; null if they never could. */
    @Column(name = "visible_from")
    private Instant visibleFrom;

    /** Saved as a pending draft of a published article: the content did not reach readers when it was saved. */
    @Column(nullable = false)
    private boolean draft;

    /** The article's editable content after the change, as JSON. */
    @Column(nullable = false, length = 1_048_576)
    private String snapshot;

    /** For Hibernate only: revisions are created from their change. */
    protected ArticleRevision() {
    }

    /** Revision {@code number} of the article, recording the change; {@code snapshot} is its content as JSON. */
    ArticleRevision(UUID articleId, int number, RevisionChange change, String snapshot) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.number = number;
        this.kind = change.kind();
        this.createdAt = change.at();
        this.keyName = change.keyName();
        this.note = change.note();
        this.minor = change.minor();
        this.visibleFrom = change.visibleFrom();
        this.draft = change.draft();
        this.snapshot = snapshot;
    }

    public UUID getId() { return id; }
    public UUID getArticleId() { return articleId; }
    public int getNumber() { return number; }
    public RevisionKind getKind() { return kind; }
    public Instant getCreatedAt() { return createdAt; }
    public String getKeyName() { return keyName; }
    public String getNote() { return note; }
    public boolean isMinor() { return minor; }
    public Instant getVisibleFrom() { return visibleFrom; }
    public boolean isDraft() { return draft; }
    public String getSnapshot() { return snapshot; }
}
