package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleAlternate;
import dev.newsdesk.article.api.ArticleTranslation;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.slug.SitePaths;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Translation groups as readers and editors see them: the alternates of a member (every published member, then
 * x-default, the same set from every member), whether a translation is stale, and which member serves an edition.
 */
@ApplicationScoped
public class TranslationGroups {

    public static final String X_DEFAULT = "x-default";

    private final ArticleRepository articles;
    private final SectionMapper sections;
    private final SitePaths sitePaths;

    TranslationGroups(ArticleRepository articles, SectionMapper sections, SitePaths sitePaths) {
        this.articles = articles;
        this.sections = sections;
        this.sitePaths = sitePaths;
    }

    /**
     * The published members of the article's group in the order they were created, then x-default: the member
     * in the default edition, else the group's first article, else the first published member. Empty when no
     * member is published (a preview of a draft that has none).
     */
    public List<ArticleAlternate> alternates(Article article, Editions editions, Instant now) {
        List<Article> visible = articles.findVisibleGroup(article.groupId(), now);
        if (visible.isEmpty()) {
            return List.of();
        }
        SitePaths.Site site = sitePaths.site();
        List<ArticleAlternate> alternates = new ArrayList<>();
        Article fallback = null;
        for (Article member : visible) {
            alternates.add(alternate(member, member.getLanguage(), site));
            if (fallback == null && editions.defaultLanguage().equals(editions.editionOf(member.getLanguage()))) {
                fallback = member;
            }
        }
        if (fallback == null) {
            fallback = visible.stream().filter(a -> a.getId().equals(article.groupId())).findFirst()
                    .orElse(visible.get(0));
        }
        alternates.add(alternate(fallback, X_DEFAULT, site));
        return alternates;
    }

    private ArticleAlternate alternate(Article member, String language, SitePaths.Site site) {
        String path = sections.path(member.getSection()) + "/" + member.getSlug();
        return new ArticleAlternate(language, member.getId(), path, site.url(path));
    }

    /**
     * The article's place in its group. Stale: the source changed after the translation was last in step with
     * it; readers are told only about changes to a source they can see themselves.
     */
    public ArticleTranslation translation(Article article, boolean forReaders, Instant now) {
        if (article.getTranslationSourceId() == null) {
            return new ArticleTranslation(article.groupId(), null, null, false);
        }
        Article source = articles.findById(article.getTranslationSourceId());
        if (source == null) {
            return new ArticleTranslation(article.groupId(), article.getTranslationSourceId(), null, false);
        }
        boolean shown = forReaders ? ArticleAvailability.isVisible(source, now)
                : source.getStatus() != ArticleStatus.DELETED;
        boolean stale = shown && article.getTranslationSyncedAt() != null
                && source.getUpdatedAt().isAfter(article.getTranslationSyncedAt());
        return new ArticleTranslation(article.groupId(), source.getId(), source.getLanguage(), stale);
    }

    /**
     * Curated articles (a collection, related stories) shown in one edition: each article that has a published
     * translation in that edition is replaced by it, the others stay as they are (their summary names their
     * language). An article that would appear twice (the editors chose both it and its translation) is shown once,
     * where it first appears.
     */
    public List<Article> inEdition(List<Article> items, String edition, Editions editions, Instant now) {
        if (items.isEmpty() || edition == null || !editions.isMultilingual()) {
            return items;
        }
        boolean allInEdition = items.stream().allMatch(a -> edition.equals(editions.editionOf(a.getLanguage())));
        Map<UUID, Article> inEdition = new HashMap<>();
        if (!allInEdition) {
            Set<UUID> groups = items.stream().map(Article::groupId).collect(Collectors.toSet());
            for (Article member : articles.findVisibleInGroups(groups, now)) {
                if (edition.equals(editions.editionOf(member.getLanguage()))) {
                    inEdition.putIfAbsent(member.groupId(), member);
                }
            }
        }
        Map<UUID, Article> shown = new LinkedHashMap<>();
        for (Article item : items) {
            Article served = edition.equals(editions.editionOf(item.getLanguage())) ? item
                    : inEdition.getOrDefault(item.groupId(), item);
            shown.putIfAbsent(served.getId(), served);
        }
        return List.copyOf(shown.values());
    }

    /**
     * The published member of the group that serves an edition asked for: the first language of the edition's
     * chain (only the edition itself without fallback) that a member is in; null when none is.
     */
    public Article memberFor(Article addressed, List<String> languages, Editions editions, Instant now) {
        List<Article> visible = null;
        for (String language : languages) {
            if (language.equals(editions.editionOf(addressed.getLanguage()))) {
                return addressed;
            }
            if (visible == null) {
                visible = articles.findVisibleGroup(addressed.groupId(), now);
            }
            for (Article member : visible) {
                if (language.equals(editions.editionOf(member.getLanguage()))) {
                    return member;
                }
            }
        }
        return null;
    }
}
