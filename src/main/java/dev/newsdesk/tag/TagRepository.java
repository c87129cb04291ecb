package dev.newsdesk.tag;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {

    public Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Up to limit + 1 tags (of one type, unless null) after the given slug (from the start when null), by slug. */
    public List<Tag> findPageAfter(TagType type, String afterSlug, int limit) {
        Parameters params = Parameters.with("after", afterSlug == null ? "" : afterSlug);
        String query = "slug > :after";
        if (type != null) {
            query += " and type = :type";
            params.and("type", type);
        }
        return find(query + " order by slug", params).range(0, limit).list();
    }
}
