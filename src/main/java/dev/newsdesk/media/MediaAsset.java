package dev.newsdesk.media;

import dev.newsdesk.reference.ReferenceEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "media_asset")
public class MediaAsset implements ReferenceEntity {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MediaType type;

    @Column(nullable = false, length = 2048)
    private String url;

    private Integer width;
    private Integer height;

    @Column(name = "alt_text", length = 1000)
    private String altText;

    @Column(length = 2000)
    private String caption;

    /** The credited names; the printed line is {@link #creditLine} or made from them ({@link CreditLine}). */
    @Column(length = 500)
    private String credit;

    @Column(name = "credit_line", length = 600)
    private String creditLine;

    @Column(length = 500)
    private String copyright;

    @Column(length = 500)
    private String source;

    /** Focal point as fractions of width and height (0..1), for art-directed crops. */
    @Column(name = "focal_x")
    private Double focalX;

    @Column(name = "focal_y")
    private Double focalY;

    @Column(name = "mime_type", length = 100)
    private String mimeType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    /** Audio and video: playing time in seconds. */
    @Column(name = "duration_seconds")
    private Double durationSeconds;

    /** Audio and video: caption, subtitle and transcript tracks as a JSON array (see {@link MediaTracks}). */
    @Column(name = "tracks", length = 20_000)
    private String tracksJson;

    /** Audio and video: the still shown before playing, an image asset with its own credit and rights. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "poster_id")
    private MediaAsset poster;

    @Column(name = "usage_terms", length = 2000)
    private String usageTerms;

    /** Start of the usage-rights window (inclusive); null: no start. */
    @Column(name = "rights_valid_from")
    private Instant rightsValidFrom;

    /** End of the usage-rights window (exclusive); null: no end. */
    @Column(name = "rights_valid_until")
    private Instant rightsValidUntil;

    @Column(name = "syndication_allowed", nullable = false)
    private boolean syndicationAllowed;

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
    public MediaType getType() { return type; }
    public void setType(MediaType type) { this.type = type; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public Integer getWidth() { return width; }
    public void setWidth(Integer width) { this.width = width; }
    public Integer getHeight() { return height; }
    public void setHeight(Integer height) { this.height = height; }
    public String getAltText() { return altText; }
    public void setAltText(String altText) { this.altText = altText; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
    public String getCredit() { return credit; }
    public void setCredit(String credit) { this.credit = credit; }
    public String getCreditLine() { return creditLine; }
    public void setCreditLine(String creditLine) { this.creditLine = creditLine; }
    public String getCopyright() { return copyright; }
    public void setCopyright(String copyright) { this.copyright = copyright; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Double getFocalX() { return focalX; }
    public void setFocalX(Double focalX) { this.focalX = focalX; }
    public Double getFocalY() { return focalY; }
    public void setFocalY(Double focalY) { this.focalY = focalY; }
    public String getMimeType() { return mimeType; }
    public void setMimeType(String mimeType) { this.mimeType = mimeType; }
    public Long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(Long sizeBytes) { this.sizeBytes = sizeBytes; }
    public Double getDurationSeconds() { return durationSeconds; }
    public void setDurationSeconds(Double durationSeconds) { this.durationSeconds = durationSeconds; }
    public String getTracksJson() { return tracksJson; }
    public void setTracksJson(String tracksJson) { this.tracksJson = tracksJson; }
    public MediaAsset getPoster() { return poster; }
    public void setPoster(MediaAsset poster) { this.poster = poster; }
    public String getUsageTerms() { return usageTerms; }
    public void setUsageTerms(String usageTerms) { this.usageTerms = usageTerms; }
    public Instant getRightsValidFrom() { return rightsValidFrom; }
    public void setRightsValidFrom(Instant rightsValidFrom) { this.rightsValidFrom = rightsValidFrom; }
    public Instant getRightsValidUntil() { return rightsValidUntil; }
    public void setRightsValidUntil(Instant rightsValidUntil) { this.rightsValidUntil = rightsValidUntil; }
    public boolean isSyndicationAllowed() { return syndicationAllowed; }
    public void setSyndicationAllowed(boolean syndicationAllowed) { this.syndicationAllowed = syndicationAllowed; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
