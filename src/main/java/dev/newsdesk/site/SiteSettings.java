package dev.newsdesk.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row of site-wide settings. Navigation and notices are small documents, edited and read as a whole. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    public static final String ID = "site";

    @Id
    @Column(length = 20)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "base_url", nullable = false, length = 2048)
    private String baseUrl;

    @Column(name = "default_language", nullable = false, length = 35)
    private String defaultLanguage;

    /** JSON array of {@link dev.newsdesk.site.api.MenuItemInput}. */
    @Column(name = "navigation", nullable = false, length = 100_000)
    private String navigationJson;

    /** JSON array of {@link dev.newsdesk.site.api.Notice}. */
    @Column(name = "notices", nullable = false, length = 100_000)
    private String noticesJson;

    /** JSON object of {@link dev.newsdesk.site.api.SiteTranslation} by language; null: none. */
    @Column(name = "translations", length = 100_000)
    private String translationsJson;

    /** The JSON-LD publisher's logo; null: none (then width and height are null too). */
    @Column(name = "publisher_logo_url", length = 2048)
    private String publisherLogoUrl;

    @Column(name = "publisher_logo_width")
    private Integer publisherLogoWidth;

    @Column(name = "publisher_logo_height")
    private Integer publisherLogoHeight;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    public String getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getDefaultLanguage() { return defaultLanguage; }
    public void setDefaultLanguage(String defaultLanguage) { this.defaultLanguage = defaultLanguage; }
    public String getNavigationJson() { return navigationJson; }
    public void setNavigationJson(String navigationJson) { this.navigationJson = navigationJson; }
    public String getNoticesJson() { return noticesJson; }
    public void setNoticesJson(String noticesJson) { this.noticesJson = noticesJson; }
    public String getTranslationsJson() { return translationsJson; }
    public void setTranslationsJson(String translationsJson) { this.translationsJson = translationsJson; }
    public String getPublisherLogoUrl() { return publisherLogoUrl; }
    public Integer getPublisherLogoWidth() { return publisherLogoWidth; }
    public Integer getPublisherLogoHeight() { return publisherLogoHeight; }

    public void setPublisherLogo(String url, Integer width, Integer height) {
        this.publisherLogoUrl = url;
        this.publisherLogoWidth = width;
        this.publisherLogoHeight = height;
    }

    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
