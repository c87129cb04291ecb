package dev.newsdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The stored delivery representation of one article: the bytes a fresh render of the default shape gives, with its
 * surrogate keys and Last-Modified, and what read-time visibility needs (status, publication, expiry, and until when
 * the bytes hold with no write). Written only by {@link ArticleDocumentRenderer}.
 */
@Entity
@Table(name = "article_document")
public class ArticleDocument {

    @Id
    @Column(name = "article_id")
    private UUID articleId;

    @Column(nullable = false, length = 200)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(nullable = false)
    private int format;

    @Column(nullable = false)
    private byte[] body;

    @Column(name = "body_gzip", nullable = false)
    private byte[] bodyGzip;

    @Column(nullable = false, length = 32)
    private String etag;

    /** Space-separated {@code kind:id}, as in the Surrogate-Key header, without the resource kind. */
    @Column(name = "surrogate_keys", nullable = false, length = 100_000)
    private String surrogateKeys;

    /** Content-Language of an answer to a request naming no language. */
    @Column(nullable = false, length = 35)
    private String language;

    /** Whether such an answer varies with Accept-Language (the newsroom has several editions). */
    @Column(name = "vary_language", nullable = false)
    private boolean varyOnLanguage;

    /** The alternates' Link header values, one per line. */
    @Column(nullable = false, length = 100_000)
    private String links;

    /** The article's summary as a list page in the default shape shows it (ArticleSummary's JSON). */
    private byte[] summary;

    /** Space-separated {@code kind:id} of what the summary shows. */
    @Column(name = "summary_keys", length = 100_000)
    private String summaryKeys;

    @Column(name = "summary_passed")
    private Instant summaryPassed;

    @Column(name = "summary_valid_until")
    private Instant summaryValidUntil;

    /** The latest update among what the summary shows, as a list page's Last-Modified takes it; null if older. */
    @Column(name = "summary_last_modified")
    private Instant summaryLastModified;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Column(name = "rendered_at", nullable = false)
    private Instant renderedAt;

    public UUID getArticleId() { return articleId; }
    public void setArticleId(UUID articleId) { this.articleId = articleId; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ArticleStatus getStatus() { return status; }
    public void setStatus(ArticleStatus status) { this.status = status; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
    public Instant getValidUntil() { return validUntil; }
    public void setValidUntil(Instant validUntil) { this.validUntil = validUntil; }
    public int getFormat() { return format; }
    public void setFormat(int format) { this.format = format; }
    public byte[] getBody() { return body; }
    public void setBody(byte[] body) { this.body = body; }
    public byte[] getBodyGzip() { return bodyGzip; }
    public void setBodyGzip(byte[] bodyGzip) { this.bodyGzip = bodyGzip; }
    public String getEtag() { return etag; }
    public void setEtag(String etag) { this.etag = etag; }
    public String getSurrogateKeys() { return surrogateKeys; }
    public void setSurrogateKeys(String surrogateKeys) { this.surrogateKeys = surrogateKeys; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isVaryOnLanguage() { return varyOnLanguage; }
    public void setVaryOnLanguage(boolean varyOnLanguage) { this.varyOnLanguage = varyOnLanguage; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public Instant getLastModified() { return lastModified; }
    public void setLastModified(Instant lastModified) { this.lastModified = lastModified; }
    public Instant getRenderedAt() { return renderedAt; }
    public void setRenderedAt(Instant renderedAt) { this.renderedAt = renderedAt; }

    public byte[] getSummary() { return summary; }
    public void setSummary(byte[] summary) { this.summary = summary; }
    public String getSummaryKeys() { return summaryKeys; }
    public void setSummaryKeys(String summaryKeys) { this.summaryKeys = summaryKeys; }
    public Instant getSummaryPassed() { return summaryPassed; }
    public void setSummaryPassed(Instant summaryPassed) { this.summaryPassed = summaryPassed; }
    public Instant getSummaryValidUntil() { return summaryValidUntil; }
    public void setSummaryValidUntil(Instant summaryValidUntil) { this.summaryValidUntil = summaryValidUntil; }
    public Instant getSummaryLastModified() { return summaryLastModified; }
    public void setSummaryLastModified(Instant summaryLastModified) { this.summaryLastModified = summaryLastModified; }
}
