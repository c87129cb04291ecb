package dev.newsdesk.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;
import java.util.Optional;

/** The allowed orders of article lists; each is a keyset over (timestamp, id). */
public enum ArticleSort {
    NEWEST("newest", "publishedAt", true, Article::getPublishedAt),
    OLDEST("oldest", "publishedAt", false, Article::getPublishedAt),
    UPDATED("updated", "updatedAt", true, Article::getUpdatedAt);

    private final String wireName;
    private final String field;
    private final boolean descending;
    private final Function<Article, Instant> key;

    ArticleSort(String wireName, String field, boolean descending, Function<Article, Instant> key) {
        this.wireName = wireName;
        this.field = field;
        this.descending = descending;
        this.key = key;
    }

    /** The value of this sort's timestamp on an article: what a cursor after it records. */
    public Instant keyOf(Article article) {
        return key.apply(article);
    }

    public String wireName() {
        return wireName;
    }

    /** The entity attribute the list is ordered by (then by id). */
    public String field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    public static Optional<ArticleSort> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(value)).findFirst();
    }
}
