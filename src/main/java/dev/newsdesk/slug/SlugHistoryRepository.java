package dev.newsdesk.slug;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SlugHistoryRepository implements PanacheRepositoryBase<SlugHistory, UUID> {

    public Optional<SlugHistory> findFormer(SlugKind kind, String slug) {
        return find("kind = :kind and oldSlug = :slug", Parameters.with("kind", kind).and("slug", slug))
                .firstResultOptional();
    }

    public List<String> formerSlugsOf(SlugKind kind, UUID target) {
        return find("kind = :kind and targetId = :target order by oldSlug",
                Parameters.with("kind", kind).and("target", target)).stream().map(SlugHistory::getOldSlug).toList();
    }

    long forget(SlugKind kind, String slug) {
        return delete("kind = :kind and oldSlug = :slug", Parameters.with("kind", kind).and("slug", slug));
    }
}
