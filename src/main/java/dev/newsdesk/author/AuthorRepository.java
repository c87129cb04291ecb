package dev.newsdesk.author;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {

    public long countArticles(UUID authorId) {
        return getEntityManager()
                .createQuery("select count(a) from Article a join a.authors au where au.id = :id", Long.class)
                .setParameter("id", authorId).getSingleResult();
    }

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
