package dev.newsdesk.site;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SiteSettingsRepository implements PanacheRepositoryBase<SiteSettings, String> {

    /** The settings row; migration V30 creates it, so it always exists. */
    public SiteSettings get() {
        return findByIdOptional(SiteSettings.ID)
                .orElseThrow(() -> new IllegalStateException("site_settings row is missing; migration V30 creates it"));
    }
}
