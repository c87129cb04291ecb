package dev.newsdesk.article;

import java.time.Instant;
import java.util.List;

/**
 * A validated request for one page of the public article list. Built by name ({@link #builder()}): every filter is
 * optional, so a list of one author's articles names the author and nothing else.
 */
public record ArticleListQuery(
        String section,
        List<String> tags,
        String author,
        String language,
        Instant from,
        Instant to,
        DateField dateField,
        ArticleSort sort,
        int limit,
        ArticleCursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TAGS = 10;

    /** The whole list, newest first, in pages of the default size; each setter narrows or orders it. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private String section;
        private List<String> tags = List.of();
        private String author;
        private String language;
        private Instant from;
        private Instant to;
        private DateField dateField = DateField.PUBLISHED;
        private ArticleSort sort = ArticleSort.NEWEST;
        private int limit = DEFAULT_LIMIT;
        private ArticleCursor cursor;

        private Builder() {
        }

        public Builder section(String slug) {
            this.section = slug;
            return this;
        }

        public Builder tags(List<String> slugs) {
            this.tags = List.copyOf(slugs);
            return this;
        }

        public Builder author(String slug) {
            this.author = slug;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Articles whose {@code field} is at or after {@code from} and before {@code to}; either may be null. */
        public Builder range(DateField field, Instant from, Instant to) {
            this.dateField = field;
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder sort(ArticleSort sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int limit, ArticleCursor cursor) {
            this.limit = limit;
            this.cursor = cursor;
            return this;
        }

        public ArticleListQuery build() {
            return new ArticleListQuery(section, tags, author, language, from, to, dateField, sort, limit, cursor);
        }
    }
}
