package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.EditorialArticleSummary;
import dev.newsdesk.article.api.PendingDraft;
import dev.newsdesk.article.api.TranslationSummary;
import dev.newsdesk.author.Author;
import dev.newsdesk.seo.api.SeoInput;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

@ApplicationScoped
public class ArticleEditorialMapper {

    private final ApiTime time;
    private final ArticleBodyCodec bodyCodec;
    private final ArticleMapper deliveryMapper;
    private final TranslationGroups translations;

    public ArticleEditorialMapper(ApiTime time, ArticleBodyCodec bodyCodec, ArticleMapper deliveryMapper,
                                  TranslationGroups translations) {
        this.translations = translations;
        this.time = time;
        this.bodyCodec = bodyCodec;
        this.deliveryMapper = deliveryMapper;
    }

    /** The article with its pending draft, if it has one (null otherwise). */
    public EditorialArticle toEditorial(Article a, Instant now, PendingDraft pendingDraft) {
        ArticleSnapshot c = snapshot(a);
        return new EditorialArticle(a.getId(), status(a), state(a, now), c.slug(),
                c.headline(), c.standfirst(), c.language(), c.sectionId(), c.leadMediaId(), c.authorIds(), c.tagIds(),
                c.body(), c.seo(), time.format(a.getCreatedAt()), time.format(a.getFirstPublishedAt()),
                time.format(a.getPublishedAt()), time.format(a.getUpdatedAt()), time.format(a.getExpiresAt()),
                a.getRevision(), deliveryMapper.canonicalPath(a), pendingDraft,
                translations.translation(a, false, now));
    }

    public EditorialArticleSummary toSummary(Article a, Instant now) {
        return new EditorialArticleSummary(a.getId(), a.getSlug(), a.getHeadline(), status(a), state(a, now),
                a.getSection().getSlug(), time.format(a.getUpdatedAt()), a.getRevision(),
                a.getPendingRevision() != null);
    }

    public TranslationSummary toTranslationSummary(Article a, Instant now) {
        return new TranslationSummary(a.getId(), a.getLanguage(), a.getSlug(), a.getHeadline(), status(a), state(a, now),
                a.getTranslationSourceId(), translations.translation(a, false, now).stale(),
                time.format(a.getUpdatedAt()));
    }

    public ArticleSnapshot snapshot(Article a) {
        return new ArticleSnapshot(a.getSlug(), a.getHeadline(), a.getStandfirst(), a.getLanguage(),
                a.getSection().getId(), a.getLeadMedia() == null ? null : a.getLeadMedia().getId(),
                a.getAuthors().stream().map(Author::getId).toList(), a.getTags().stream().map(Tag::getId).toList(),
                bodyCodec.read(a.getBodyJson()), seo(a));
    }

    /** The SEO fields as editors set them (never null: an empty object stands for all defaults). */
    private static SeoInput seo(Article a) {
        return a.getSeo().toInput();
    }

    private static String status(Article a) {
        return a.getStatus().name().toLowerCase(Locale.ROOT);
    }

    /** What readers get at this instant, decided the same way as the delivery API decides it. */
    static String state(Article a, Instant now) {
        return switch (a.getStatus()) {
            case DRAFT -> "draft";
            case UNPUBLISHED -> "unpublished";
            case DELETED -> "deleted";
            case PUBLISHED -> ArticleAvailability.isVisible(a, now) ? "live"
                    : a.getPublishedAt().isAfter(now) ? "scheduled" : "expired";
        };
    }
}
