package dev.newsdesk.article;

import dev.newsdesk.author.Author;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.reference.ListMembershipWrites;
import dev.newsdesk.section.Section;
import dev.newsdesk.seo.SeoOverrides;
import dev.newsdesk.tag.Tag;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "article")
@EntityListeners(ListMembershipWrites.class)
public class Article {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = 500)
    private String headline;

    @Column(length = 2000)
    private String standfirst;

    /** Ordered body blocks as JSON; see {@link ArticleBodyCodec}. */
    @Column(name = "body", nullable = false, length = 1_000_000)
    private String bodyJson;

    /**
     * Plain text of the body, kept in step with {@link #bodyJson} for search on both databases. Only search SQL reads
     * it, so entity reads leave it out (lazy, in its own group): the article and list queries carry half the bytes.
     */
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("bodyText")
    @Column(name = "body_text", length = 1_000_000)
    private String bodyText;

    @Column(nullable = false, length = 35)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_media_id")
    private MediaAsset leadMedia;

    // A list page's bylines (or tags) load in one batch: quarkus.hibernate-orm.fetch.batch-size in
    // application.properties, not @BatchSize, which Hibernate honours by building a new loader on every load.
    @ManyToMany
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    private List<Author> authors = new ArrayList<>();

    /** The tags in order, as rows that also carry the tag timeline (see {@link ArticleTag}, {@link #setTags}). */
    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ArticleTag> tagRows = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the current publication goes (or went) live; in the future for a scheduled article. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** The first time the article went live: what pages show as "Written". */
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    /** The last change to the published content: what pages show as "Updated". */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    /** SEO overrides: null fields take the default (headline, standfirst, lead photo). */
    @Embedded
    private SeoOverrides seo;

    @Column(nullable = false)
    private int revision;

    /** Number of the revision holding a pending draft: content saved for review, not yet what readers see. */
    @Column(name = "pending_revision")
    private Integer pendingRevision;

    /**
     * The translation group: the id of the article the group started from; null while the article is a group of
     * its own (then the group's id is its own id). See {@link #groupId()}.
     */
    @Column(name = "translation_group")
    private UUID translationGroup;

    /** The article this one was translated from; null for an original. */
    @Column(name = "translation_source_id")
    private UUID translationSourceId;

    /** When this translation was last in step with its source: created, or edited since. Null for an original. */
    @Column(name = "translation_synced_at")
    private Instant translationSyncedAt;

    @Version
    @Column(nullable = false)
    private long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getStandfirst() { return standfirst; }
    public void setStandfirst(String standfirst) { this.standfirst = standfirst; }
    public String getBodyJson() { return bodyJson; }
    public void setBodyJson(String bodyJson) {
        this.bodyJson = bodyJson;
        this.bodyText = ArticleBodyText.extract(bodyJson);
    }
    public String getBodyText() { return bodyText; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Section getSection() { return section; }
    public void setSection(Section section) { this.section = section; }
    public MediaAsset getLeadMedia() { return leadMedia; }
    public void setLeadMedia(MediaAsset leadMedia) { this.leadMedia = leadMedia; }
    public List<Author> getAuthors() { return authors; }
    public void setAuthors(List<Author> authors) { this.authors = authors; }
    public List<Tag> getTags() { return tagRows.stream().map(ArticleTag::getTag).toList(); }

    /**
     * Rows are reused by position, which is their primary key: removing a row and inserting another with the same
     * key would break the key, as Hibernate inserts before it deletes.
     */
    public void setTags(List<Tag> tags) {
        for (int i = 0; i < tags.size(); i++) {
            if (i < tagRows.size()) {
                tagRows.get(i).setTag(tags.get(i));
            } else {
                tagRows.add(new ArticleTag(this, i, tags.get(i), timelinePublishedAt(), expiresAt));
            }
        }
        while (tagRows.size() > tags.size()) {
            tagRows.remove(tagRows.size() - 1);
        }
    }
    public ArticleStatus getStatus() { return status; }
    public void setStatus(ArticleStatus status) {
        this.status = status;
        syncTagTimeline();
    }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
        syncTagTimeline();
    }
    public Instant getFirstPublishedAt() { return firstPublishedAt; }
    public void setFirstPublishedAt(Instant firstPublishedAt) { this.firstPublishedAt = firstPublishedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        syncTagTimeline();
    }
    /**
     * To read: never null, though Hibernate loads an embeddable whose columns are all null as null (assigning an
     * empty one here would make every read a change that bumps the version).
     */
    public SeoOverrides getSeo() {
        return seo != null ? seo : new SeoOverrides();
    }

    /** To change: the overrides this entity keeps. */
    public SeoOverrides editSeo() {
        if (seo == null) {
            seo = new SeoOverrides();
        }
        return seo;
    }
    public int getRevision() { return revision; }
    public void setRevision(int revision) { this.revision = revision; }
    public Integer getPendingRevision() { return pendingRevision; }
    public void setPendingRevision(Integer pendingRevision) { this.pendingRevision = pendingRevision; }
    public long getVersion() { return version; }
    public UUID getTranslationGroup() { return translationGroup; }
    public void setTranslationGroup(UUID translationGroup) { this.translationGroup = translationGroup; }
    public UUID getTranslationSourceId() { return translationSourceId; }
    public void setTranslationSourceId(UUID translationSourceId) { this.translationSourceId = translationSourceId; }
    public Instant getTranslationSyncedAt() { return translationSyncedAt; }
    public void setTranslationSyncedAt(Instant translationSyncedAt) { this.translationSyncedAt = translationSyncedAt; }

    /** The translation group this article belongs to: the first article of the group, itself when alone. */
    public UUID groupId() {
        return translationGroup != null ? translationGroup : id;
    }

    /** Tag rows copy the article's publication window: see {@link ArticleTag}. */
    private void syncTagTimeline() {
        Instant from = timelinePublishedAt();
        tagRows.forEach(row -> row.setWindow(from, expiresAt));
    }

    /** Only a published article has a place on a tag's timeline; drafts, unpublished and deleted ones have none. */
    private Instant timelinePublishedAt() {
        return status == ArticleStatus.PUBLISHED ? publishedAt : null;
    }
}
