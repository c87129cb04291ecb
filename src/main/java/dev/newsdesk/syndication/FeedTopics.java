package dev.newsdesk.syndication;

import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.change.ChangeRecord;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which feeds a batch of change-log rows changed. An article change (written, published on schedule, expired,
 * unpublished, deleted, or shown differently because a reference changed) changes the site feed and the feeds of
 * every section, tag and author its surrogate keys name, before and after the change (the log keeps both), plus
 * the parent of each section, whose feed lists its direct subsections. A section, tag or author change changes its
 * own feed's title; a site change the site feed's. Media and collections have no feed: the articles that show a
 * changed asset are recorded as changes of their own. Slugs are the current ones: a feed is fetched by them.
 */
@ApplicationScoped
class FeedTopics {

    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;

    FeedTopics(SectionRepository sections, TagRepository tags, AuthorRepository authors) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
    }

    /** The feeds the changes touch, each once, in the order the changes first name them (the site feed first). */
    List<FeedScope> of(List<ChangeRecord> changes) {
        List<Key> keys = new ArrayList<>();
        boolean site = false;
        for (ChangeRecord change : changes) {
            switch (change.itemType()) {
                case "article" -> {
                    site = true;
                    change.surrogateKeys().stream().map(Key::parse).filter(k -> k != null).forEach(keys::add);
                }
                case "section", "tag", "author" -> keys.add(Key.parse(change.itemType() + ":" + change.itemId()));
                case "site" -> site = true;
                default -> { }
            }
        }
        Map<UUID, Section> sectionsById = new HashMap<>();
        if (keys.stream().anyMatch(k -> k.kind() == FeedScope.Kind.SECTION)) {
            sections.listAllWithParents().forEach(s -> sectionsById.put(s.getId(), s));
        }
        Map<UUID, String> tagSlugs = slugs(keys, FeedScope.Kind.TAG);
        Map<UUID, String> authorSlugs = slugs(keys, FeedScope.Kind.AUTHOR);
        Set<FeedScope> scopes = new LinkedHashSet<>();
        if (site) {
            scopes.add(FeedScope.SITE);
        }
        for (Key key : keys) {
            switch (key.kind()) {
                case SECTION -> {
                    Section section = sectionsById.get(key.id());
                    if (section != null) {
                        scopes.add(new FeedScope(FeedScope.Kind.SECTION, section.getSlug()));
                        if (section.getParent() != null) {
                            scopes.add(new FeedScope(FeedScope.Kind.SECTION, section.getParent().getSlug()));
                        }
                    }
                }
                case TAG -> add(scopes, FeedScope.Kind.TAG, tagSlugs.get(key.id()));
                case AUTHOR -> add(scopes, FeedScope.Kind.AUTHOR, authorSlugs.get(key.id()));
                default -> { }
            }
        }
        return List.copyOf(scopes);
    }

    /** Current slugs of the tags or authors named, in one query; a deleted one has no feed and is left out. */
    private Map<UUID, String> slugs(List<Key> keys, FeedScope.Kind kind) {
        List<UUID> ids = keys.stream().filter(k -> k.kind() == kind).map(Key::id).distinct().toList();
        Map<UUID, String> slugs = new HashMap<>();
        if (ids.isEmpty()) {
            return slugs;
        }
        if (kind == FeedScope.Kind.TAG) {
            tags.list("id in ?1", ids).forEach(t -> slugs.put(t.getId(), t.getSlug()));
        } else {
            authors.list("id in ?1", ids).forEach(a -> slugs.put(a.getId(), a.getSlug()));
        }
        return slugs;
    }

    private static void add(Set<FeedScope> scopes, FeedScope.Kind kind, String slug) {
        if (slug != null) {
            scopes.add(new FeedScope(kind, slug));
        }
    }

    /** A surrogate key naming something with a feed: {@code section:<id>}, {@code tag:<id>}, {@code author:<id>}. */
    private record Key(FeedScope.Kind kind, UUID id) {

        static Key parse(String key) {
            int colon = key.indexOf(':');
            if (colon < 0) {
                return null;
            }
            FeedScope.Kind kind = switch (key.substring(0, colon)) {
                case "section" -> FeedScope.Kind.SECTION;
                case "tag" -> FeedScope.Kind.TAG;
                case "author" -> FeedScope.Kind.AUTHOR;
                default -> null;
            };
            if (kind == null) {
                return null;
            }
            try {
                return new Key(kind, UUID.fromString(key.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
