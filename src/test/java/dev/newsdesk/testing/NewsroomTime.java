package dev.newsdesk.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How the API writes an instant: RFC 3339 in the Seoul newsroom's offset, as the tests' expected values. */
public final class NewsroomTime {

    private NewsroomTime() {
    }

    /** To the whole second, as every date-time of the API. */
    public static String seoul(Instant instant) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
                .format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(9)));
    }
}
