package dev.newsdesk.collection;

import dev.newsdesk.collection.api.SectionCollectionsIncluded;
import dev.newsdesk.section.SectionCollections;
import dev.newsdesk.section.api.SectionIncluded;
import jakarta.enterprise.context.ApplicationScoped;

/** A section's collections for its answer with include=collections, as listCollections?section= gives them. */
@ApplicationScoped
public class CollectionsOfSection implements SectionCollections {

    private final CollectionService collections;

    public CollectionsOfSection(CollectionService collections) {
        this.collections = collections;
    }

    @Override
    public SectionIncluded includedFor(String sectionSlug, String edition) {
        return new SectionCollectionsIncluded(collections.list(sectionSlug, edition).data());
    }
}
