package dev.newsdesk.tag;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {

    public long countArticles(UUID tagId) {
        return getEntityManager()
                .createQuery("select count(a) from Article a join a.tags t where t.id = :id", Long.class)
                .setParameter("id", tagId).getSingleResult();
    }

    public Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
