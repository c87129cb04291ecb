package dev.newsdesk.article;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The articles whose documents the request's committed writes made stale: rendered before it answers. */
@RequestScoped
class CommittedDocuments {

    private final Set<UUID> ids = new LinkedHashSet<>();

    void add(Set<UUID> stale) {
        ids.addAll(stale);
    }

    Set<UUID> take() {
        Set<UUID> taken = Set.copyOf(ids);
        ids.clear();
        return taken;
    }
}
