package dev.newsdesk.article;

import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Why readers cannot see an article: 410 Gone with the reason when the delivery API once served it (so caches and
 * search engines drop it), 404 when it never did (drafts and not-yet-live schedules stay secret).
 */
@ApplicationScoped
public class ArticleAvailability {

    private final ArticleRepository articles;

    public ArticleAvailability(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Throws 404 or 410 unless readers can see the article now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Article requireVisible(UUID id, Instant now) {
        Optional<Article> article = articles.findByIdOptional(id);
        if (article.isEmpty() || !isVisible(article.get(), now)) {
            throw notVisible(article, id.toString(), now);
        }
        return article.get();
    }

    public ProblemException notVisible(Optional<Article> article, String key, Instant now) {
        if (article.isEmpty() || !wasServed(article.get(), now)) {
            return ProblemException.notFound("article", key);
        }
        Article a = article.get();
        if (a.getStatus() == ArticleStatus.DELETED) {
            return new ProblemException(ProblemCode.ARTICLE_DELETED, "Article '" + key + "' was deleted");
        }
        if (a.getStatus() == ArticleStatus.PUBLISHED && a.getExpiresAt() != null && !a.getExpiresAt().isAfter(now)) {
            return new ProblemException(ProblemCode.ARTICLE_EXPIRED, "Article '" + key + "' expired");
        }
        return new ProblemException(ProblemCode.ARTICLE_UNPUBLISHED, "Article '" + key + "' was unpublished");
    }

    /** True while readers can see the article right now. */
    public static boolean isVisible(Article a, Instant now) {
        return a.getStatus() == ArticleStatus.PUBLISHED && a.getPublishedAt() != null
                && !a.getPublishedAt().isAfter(now) && (a.getExpiresAt() == null || a.getExpiresAt().isAfter(now));
    }

    /** Readers saw it once: its first publication time has come. */
    public static boolean wasServed(Article a, Instant now) {
        return a.getFirstPublishedAt() != null && !a.getFirstPublishedAt().isAfter(now);
    }
}
