package dev.newsdesk.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row of edition settings: the languages published in, each with its fallback, and the default one. */
@Entity
@Table(name = "edition_settings")
public class EditionSettings {

    public static final String ID = "editions";

    @Id
    @Column(length = 20)
    private String id;

    @Column(name = "default_language", nullable = false, length = 35)
    private String defaultLanguage;

    /** JSON array of {@link dev.newsdesk.edition.api.EditionInput}, in the editors' order. */
    @Column(name = "editions", nullable = false, length = 10_000)
    private String editionsJson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    public String getDefaultLanguage() { return defaultLanguage; }
    public void setDefaultLanguage(String defaultLanguage) { this.defaultLanguage = defaultLanguage; }
    public String getEditionsJson() { return editionsJson; }
    public void setEditionsJson(String editionsJson) { this.editionsJson = editionsJson; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
