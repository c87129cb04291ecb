package dev.newsdesk.edition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EditionSettingsRepository implements PanacheRepositoryBase<EditionSettings, String> {

    /** The row the migration creates; it is never deleted. */
    public EditionSettings get() {
        return findById(EditionSettings.ID);
    }
}
