package dev.newsdesk.article;

import com.github.benmanes.caffeine.cache.Cache;
import dev.newsdesk.article.HeldForASecond.Stamp;
import dev.newsdesk.reference.ListMembershipWrites;
import dev.newsdesk.web.cache.RepresentationCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The next scheduled publication a list waits for ({@link ArticleRepository#nextPublication}), remembered per
 * filter for at most {@link HeldForASecond#HOLD}, so a list page does not ask the database on every request. What is remembered
 * stays exact while nothing is written: the earliest publication after the instant it was read is also the earliest
 * after any later instant before it. It is read again once that instant has come, when the application clock is
 * behind the instant it was read for, after a write through this instance ({@link RepresentationCache#generation})
 * and after any article, tag or section row is written through this JVM's Hibernate ({@link ListMembershipWrites},
 * fixtures and jobs included). A write through another instance is seen within {@link HeldForASecond#HOLD}, the bound within which that
 * instance's own cached copies already hold (README "Per-instance cache").
 */
@ApplicationScoped
class NextPublications {

    private static final int ENTRY_OVERHEAD = 160;

    private final ArticleRepository articles;
    private final RepresentationCache cache;
    private final Cache<Filter, Remembered> remembered =
            HeldForASecond.memo((Filter filter, Remembered next) -> filter.weight());

    NextPublications(ArticleRepository articles, RepresentationCache cache) {
        this.articles = articles;
        this.cache = cache;
    }

    Instant next(ArticleListQuery query, Instant now) {
        Stamp stamp = Stamp.now(cache);
        Filter filter = new Filter(query.section(), query.tags(), query.author(), query.language());
        Remembered known = remembered.getIfPresent(filter);
        if (known != null && known.holds(now, stamp)) {
            return known.next();
        }
        Instant next = articles.nextPublication(query, now);
        remembered.put(filter, new Remembered(next, now, stamp));
        return next;
    }

    /** What decides a list's scheduled publications: its filters (date range and cursor left aside, as there). */
    private record Filter(String section, List<String> tags, String author, String language) {

        int weight() {
            int chars = length(section) + length(author) + length(language);
            for (String tag : tags) {
                chars += tag.length() + 16;
            }
            return ENTRY_OVERHEAD + 2 * chars;
        }

        private static int length(String value) {
            return value == null ? 0 : value.length();
        }
    }

    private record Remembered(Instant next, Instant readFor, Stamp stamp) {

        boolean holds(Instant now, Stamp stampNow) {
            return stamp.equals(stampNow) && !now.isBefore(readFor)
                    && (next == null || now.isBefore(next));
        }
    }
}
