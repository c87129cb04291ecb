package dev.newsdesk.article;

import dev.newsdesk.tag.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * time so that a tag page can be read from the index (tag_id, published_at, article_id) in order, at any depth,
 * instead of collecting and sorting every article with the tag. {@link Article} keeps the copy in step.
 */
@Entity
@Table(name = "article_tag")
@IdClass(ArticleTag.Key.class)
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

    protected ArticleTag() {
    }

    ArticleTag(Article article, int position, Tag tag, Instant publishedAt) {
        this.article = article;
        this.position = position;
        this.tag = tag;
        this.publishedAt = publishedAt;
    }

    public Article getArticle() { return article; }
    public int getPosition() { return position; }
    public Tag getTag() { return tag; }
    void setTag(Tag tag) { this.tag = tag; }
    public Instant getPublishedAt() { return publishedAt; }
    void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }

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
