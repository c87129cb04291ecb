package dev.newsdesk.article;

import dev.newsdesk.web.paging.CursorCodec;
import dev.newsdesk.web.request.RequestParams;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
            return CursorCodec.encode(List.of(CURSOR_LIST, updatedAt.toString(), id.toString()));
        }

        static Cursor decode(String cursor) {
            List<String> fields = CursorCodec.decode(cursor, 3);
            if (!CURSOR_LIST.equals(fields.get(0))) {
                throw CursorCodec.invalid();
            }
            try {
                return new Cursor(Instant.parse(fields.get(1)), UUID.fromString(fields.get(2)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw CursorCodec.invalid();
            }
        }
    }

    /** Parses raw query parameters; throws one 400 problem that names every bad parameter. */
    public static EditorialArticleQuery parse(List<String> status, String section, String limit, String cursor) {
        RequestParams params = new RequestParams();
        Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
        boolean invalid = false;
        for (String value : status == null ? List.<String>of() : status) {
            // Both status=draft&status=published and status=draft,published are accepted.
            for (String name : value.split(",", -1)) {
                ArticleStatus parsed = Arrays.stream(ArticleStatus.values())
                        .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name.strip())).findFirst().orElse(null);
                if (parsed == null && !invalid) {
                    invalid = true;
                    params.reject("status", "must be one of draft, published, unpublished, deleted");
                } else if (parsed != null) {
                    statuses.add(parsed);
                }
            }
        }
        String sectionSlug = params.slug("section", section);
        int pageSize = params.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        params.throwIfInvalid();
        Cursor position = cursor == null ? null : Cursor.decode(cursor);
        return new EditorialArticleQuery(statuses.isEmpty() ? DEFAULT_STATUSES : Set.copyOf(statuses), sectionSlug,
                pageSize, position);
    }
}
