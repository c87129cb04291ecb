package dev.newsdesk.article;

import dev.newsdesk.web.request.RequestParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A validated request for one page of the public article list. */
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

    /** Parses raw query parameters; throws one 400 problem that names every bad parameter. */
    public static ArticleListQuery parse(String section, List<String> tags, String author, String lang, String from,
                                         String to, String dateField, String sort, String limit, String cursor) {
        RequestParams params = new RequestParams();
        String sectionSlug = params.slug("section", section);
        List<String> tagSlugs = new ArrayList<>();
        if (tags != null) {
            if (tags.size() > MAX_TAGS) {
                params.reject("tag", "at most " + MAX_TAGS + " tags can be combined");
            }
            for (String tag : tags) {
                String slug = params.slug("tag", tag);
                if (slug != null && !tagSlugs.contains(slug)) {
                    tagSlugs.add(slug);
                }
            }
        }
        String authorSlug = params.slug("author", author);
        String language = params.language("lang", lang);
        Instant fromInstant = params.dateTime("from", from);
        Instant toInstant = params.dateTime("to", to);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            params.reject("to", "must be later than from");
        }
        DateField field = DateField.PUBLISHED;
        if (dateField != null) {
            field = DateField.fromWire(dateField).orElse(null);
            if (field == null) {
                params.reject("dateField", "must be one of published, firstPublished, updated");
            }
        }
        ArticleSort order = ArticleSort.NEWEST;
        if (sort != null) {
            order = ArticleSort.fromWire(sort).orElse(null);
            if (order == null) {
                params.reject("sort", "must be one of newest, oldest, updated");
            }
        }
        int pageSize = params.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        params.throwIfInvalid();
        ArticleCursor position = cursor == null ? null : ArticleCursor.decode(cursor, order);
        return new ArticleListQuery(sectionSlug, List.copyOf(tagSlugs), authorSlug, language, fromInstant, toInstant,
                field, order, pageSize, position);
    }
}
