package dev.newsdesk.section;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public long countChildren(UUID sectionId) {
        return count("parent.id", sectionId);
    }

    /** The section with this slug and its direct subsections: what a section page lists articles from. */
    public List<UUID> idsOfSectionAndChildren(String slug) {
        return getEntityManager().createQuery("select x.id from Section x left join x.parent xp"
                + " where x.slug = :slug or xp.slug = :slug order by x.id", UUID.class)
                .setParameter("slug", slug).getResultList();
    }

    public List<Section> listAllWithParents() {
        return list("select s from Section s left join fetch s.parent order by s.position, s.slug");
    }
}
