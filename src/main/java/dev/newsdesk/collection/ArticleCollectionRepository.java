package dev.newsdesk.collection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleCollectionRepository implements PanacheRepositoryBase<ArticleCollection, UUID> {

    public Optional<ArticleCollection> findBySlug(String slug) {
        return find("select c from ArticleCollection c left join fetch c.section where c.slug = ?1", slug)
                .firstResultOptional();
    }

    /** Site-wide collections when sectionSlug is null, else those of that section; by name. */
    public List<ArticleCollection> listFor(String sectionSlug) {
        if (sectionSlug == null) {
            return list("select c from ArticleCollection c left join fetch c.section order by c.name, c.slug");
        }
        return list("select c from ArticleCollection c join fetch c.section s where s.slug = ?1 order by c.name, c.slug",
                sectionSlug);
    }
}
