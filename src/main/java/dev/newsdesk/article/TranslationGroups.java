package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleAlternate;
import dev.newsdesk.article.api.ArticleTranslation;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.slug.SitePaths;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
