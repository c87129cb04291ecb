package dev.newsdesk.web.request;

import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Writes stored UTC instants as RFC 3339 date-times in the newsroom's own offset, so a front end can show the
 * newsroom's local time ("Written 2019-04-25 18:38:40") without a time-zone database, and still compare instants.
 */
@ApplicationScoped
public class ApiTime {

    private final ZoneId zone;

    public ApiTime(NewsdeskConfig config) {
        this.zone = config.newsroom().timeZone();
    }

    public OffsetDateTime format(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public ZoneId zone() {
        return zone;
    }
}
