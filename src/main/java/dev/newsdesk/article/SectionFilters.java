package dev.newsdesk.article;

import com.github.benmanes.caffeine.cache.Cache;
import dev.newsdesk.article.HeldForASecond.Stamp;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.web.cache.RepresentationCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The sections a section page lists articles from (the section and its direct subsections), resolved to ids and
 * remembered per slug, so a list's keyset query names {@code section_id} values instead of joining and
 * sub-selecting sections, which costs more to plan than to run. Held as {@link NextPublications} holds what it
 * remembers: read again after a write through this instance, after any section, article or tag row is written
 * through this JVM's Hibernate, and at the latest after {@link HeldForASecond#HOLD}, within which a section
 * moved or renamed through another instance reaches this one's lists.
 */
@ApplicationScoped
class SectionFilters {

    private static final int ENTRY_OVERHEAD = 160;
    private static final int ID_WEIGHT = 32;

    private final SectionRepository sections;
    private final RepresentationCache cache;
    private final Cache<String, Held> held = HeldForASecond.memo(
            (String slug, Held ids) -> ENTRY_OVERHEAD + 2 * slug.length() + ID_WEIGHT * ids.ids().size());

    SectionFilters(SectionRepository sections, RepresentationCache cache) {
        this.sections = sections;
        this.cache = cache;
    }

    /** The ids, empty when no section has this slug (the list is then empty, as the sub-select made it). */
    List<UUID> sectionAndChildren(String slug) {
        Stamp stamp = Stamp.now(cache);
        Held known = held.getIfPresent(slug);
        if (known != null && known.stamp().equals(stamp)) {
            return known.ids();
        }
        List<UUID> ids = List.copyOf(sections.idsOfSectionAndChildren(slug));
        held.put(slug, new Held(ids, stamp));
        return ids;
    }

    private record Held(List<UUID> ids, Stamp stamp) {
    }
}
