package dev.newsdesk.section;

import dev.newsdesk.reference.ListMembershipWrites;
import dev.newsdesk.reference.ReferenceEntity;
import dev.newsdesk.seo.SeoOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@EntityListeners(ListMembershipWrites.class)
@Table(name = "section")
public class Section implements ReferenceEntity {

    @Id
    private UUID id;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Section parent;

    @Column(nullable = false)
    private int position;

    /** SEO overrides: null fields take the default (name, description, no image). */
    @Embedded
    private SeoOverrides seo;

    /** JSON object of {@link dev.newsdesk.section.api.SectionTranslation} by language; null: none. */
    @Column(name = "translations", length = 20_000)
    private String translationsJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Optimistic-lock version: the editorial API's ETag. */
    @Version
    @Column(nullable = false)
    private long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Section getParent() { return parent; }
    public void setParent(Section parent) { this.parent = parent; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
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
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getTranslationsJson() { return translationsJson; }
    public void setTranslationsJson(String translationsJson) { this.translationsJson = translationsJson; }
    public long getVersion() { return version; }
}
