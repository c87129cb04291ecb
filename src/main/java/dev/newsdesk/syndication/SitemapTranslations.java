package dev.newsdesk.syndication;

import dev.newsdesk.edition.Editions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The hreflang alternates of sitemap URLs, as Google documents them for sitemaps: every URL of a translation group
 * lists every visible member (itself included) and x-default, so the set is the same from each member, as an
 * article's own alternates are (article/TranslationGroups: members in creation order, the group's original
 * first; x-default the member in the default edition, else the original, else the first).
 */
final class SitemapTranslations {

    static final String X_DEFAULT = "x-default";

    private SitemapTranslations() {
    }

    /**
     * The alternates of each group with more than one visible member, by group id, as (hreflang, absolute URL);
     * a group of one has none. At most {@code maxMembers} members per group (the editions' count, which a group
     * never exceeds while each edition holds one translation), so the sitemap's size bound holds.
     */
    static Map<UUID, List<SitemapWriter.Alternate>> byGroup(List<SitemapAlternate> members, Editions editions,
                                                             int maxMembers, Function<SitemapAlternate, String> url) {
        Map<UUID, List<SitemapAlternate>> groups = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparing(SitemapAlternate::createdAt).thenComparing(SitemapAlternate::id))
                .forEach(m -> groups.computeIfAbsent(m.groupId(), g -> new ArrayList<>()).add(m));
        Map<UUID, List<SitemapWriter.Alternate>> alternates = new LinkedHashMap<>();
        groups.forEach((group, list) -> {
            if (list.size() < 2) {
                return;
            }
            List<SitemapAlternate> ordered = new ArrayList<>(list);
            // The group's original leads even when a translation was created in the same instant.
            ordered.stream().filter(m -> m.id().equals(group)).findFirst().ifPresent(original -> {
                ordered.remove(original);
                ordered.add(0, original);
            });
            List<SitemapAlternate> shown = ordered.subList(0, Math.min(ordered.size(), maxMembers));
            SitemapAlternate fallback = shown.stream()
                    .filter(m -> editions.defaultLanguage().equals(editions.editionOf(m.language()))).findFirst()
                    .orElse(shown.get(0));
            List<SitemapWriter.Alternate> links = new ArrayList<>();
            shown.forEach(m -> links.add(new SitemapWriter.Alternate(m.language(), url.apply(m))));
            links.add(new SitemapWriter.Alternate(X_DEFAULT, url.apply(fallback)));
            alternates.put(group, links);
        });
        return alternates;
    }
}
