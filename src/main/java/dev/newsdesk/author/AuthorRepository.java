package dev.newsdesk.author;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Up to limit + 1 authors after the given slug (from the start when null), by slug. */
    public List<Author> findPageAfter(String afterSlug, int limit) {
        return find("slug > ?1 order by slug", afterSlug == null ? "" : afterSlug).range(0, limit).list();
    }
}
