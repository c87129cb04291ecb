package dev.newsdesk.article;

/**
 * Thrown when a former slug of an article is looked up: the article is visible under {@code currentSlug}, and the
 * client gets a permanent redirect there ({@link ArticleMovedMapper}).
 */
public class ArticleMoved extends RuntimeException {

    private final String currentSlug;

    public ArticleMoved(String currentSlug) {
        super("Moved to " + currentSlug, null, false, false);
        this.currentSlug = currentSlug;
    }

    public String currentSlug() {
        return currentSlug;
    }
}
