package dev.newsdesk.article;

import dev.newsdesk.reference.ListMembershipWrites;
import dev.newsdesk.tag.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One tag of an article, at its position in the article's tag list. It carries a copy of the article's publication
 * window (published_at only while the article is published, and expires_at), so a tag page is found on the index
 * (tag_id, published_at, article_id, expires_at) alone, in order and at any depth, before any article row is read.
 * {@link Article} keeps the copy in step whenever its status, publication time, expiry or tags change.
 */
@Entity
@Table(name = "article_tag")
@IdClass(ArticleTag.Key.class)
@EntityListeners(ListMembershipWrites.class)
public class ArticleTag {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Id
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tag_id")
    private Tag tag;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ArticleTag() {
    }

    ArticleTag(Article article, int position, Tag tag, Instant publishedAt, Instant expiresAt) {
        this.article = article;
        this.position = position;
        this.tag = tag;
        this.publishedAt = publishedAt;
        this.expiresAt = expiresAt;
    }

    public Article getArticle() { return article; }
    public int getPosition() { return position; }
    public Tag getTag() { return tag; }
    void setTag(Tag tag) { this.tag = tag; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getExpiresAt() { return expiresAt; }

    void setWindow(Instant publishedAt, Instant expiresAt) {
        this.publishedAt = publishedAt;
        this.expiresAt = expiresAt;
    }

    /** The primary key (article_id, position). */
    public static class Key implements Serializable {
        private UUID article;
        private int position;

        public Key() {
        }

        public Key(UUID article, int position) {
            this.article = article;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && position == key.position && Objects.equals(article, key.article);
        }

        @Override
        public int hashCode() {
            return Objects.hash(article, position);
        }
    }
}
