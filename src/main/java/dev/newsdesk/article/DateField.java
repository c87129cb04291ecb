package dev.newsdesk.article;

import java.util.Arrays;
import java.util.Optional;

/** Which timestamp the from/to filters of the article list apply to. */
public enum DateField {
    PUBLISHED("published", "publishedAt"),
    FIRST_PUBLISHED("firstPublished", "firstPublishedAt"),
    UPDATED("updated", "updatedAt");

    private final String wireName;
    private final String field;

    DateField(String wireName, String field) {
        this.wireName = wireName;
        this.field = field;
    }

    public String wireName() {
        return wireName;
    }

    public String field() {
        return field;
    }

    public static Optional<DateField> fromWire(String value) {
        return Arrays.stream(values()).filter(d -> d.wireName.equals(value)).findFirst();
    }
}
