package dev.newsdesk.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the API writes an instant: RFC 3339 in the Seoul newsroom's offset, as the tests' expected values. */
public final class NewsroomTime {

    private NewsroomTime() {
    }

    public static String seoul(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.ofHours(9)));
    }
}
