package dev.newsdesk.syndication;

import dev.newsdesk.web.request.WholeSecondDateTimes;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as each format wants them, in the newsroom's offset (the values arrive in it already). */
final class FeedDates {

    /** RFC 822 as RSS 2.0 names it (with a four-digit year, as RFC 1123 updated it): Thu, 25 Apr 2019 18:38:40 +0900. */
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private FeedDates() {
    }

    static String rfc822(OffsetDateTime time) {
        return time == null ? null : RFC_822.format(time);
    }

    /** RFC 3339, always with seconds and the offset: 2019-04-25T18:38:40+09:00 (fractions only when stored). */
    static String rfc3339(OffsetDateTime time) {
        // The one shape every date-time of the API has: whole seconds with the offset.
        return time == null ? null : WholeSecondDateTimes.format(time);
    }
}
