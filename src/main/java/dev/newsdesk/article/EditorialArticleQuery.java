package dev.newsdesk.article;

import dev.newsdesk.web.paging.InstantIdCursor;
import dev.newsdesk.web.request.RequestParams;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A validated request for one page of the editorial article list: most recently updated first. */
public record EditorialArticleQuery(Set<ArticleStatus> statuses, String section, int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Tombstones are listed only when asked for by status=deleted. */
    static final Set<ArticleStatus> DEFAULT_STATUSES =
            EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED);
    private static final String CURSOR_LIST = "editorial-updated";

    /** Position after the last item of a page: its updatedAt and id. */
    public record Cursor(Instant updatedAt, UUID id) {

        public String encode() {
            return new InstantIdCursor(updatedAt, id).encode(CURSOR_LIST);
        }

        static Cursor decode(String cursor) {
            InstantIdCursor position = InstantIdCursor.decode(CURSOR_LIST, cursor);
            return new Cursor(position.at(), position.id());
        }
    }

    /** Parses raw query parameters; throws one 400 problem that names every bad parameter. */
    public static EditorialArticleQuery parse(List<String> status, String section, String limit, String cursor) {
        RequestParams params = new RequestParams();
        Set<ArticleStatus> statuses = params.everyOneOf("status", status, ArticleStatus.class,
                name -> Arrays.stream(ArticleStatus.values())
                        .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name)).findFirst(),
                "draft, published, unpublished, deleted");
        String sectionSlug = params.slug("section", section);
        int pageSize = params.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        params.throwIfInvalid();
        Cursor position = cursor == null ? null : Cursor.decode(cursor);
        return new EditorialArticleQuery(statuses.isEmpty() ? DEFAULT_STATUSES : Set.copyOf(statuses), sectionSlug,
                pageSize, position);
    }
}
