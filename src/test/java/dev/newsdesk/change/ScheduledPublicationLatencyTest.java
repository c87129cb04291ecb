package dev.newsdesk.change;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The real job, on the real clock: a publication scheduled two seconds ahead reaches the feed a few seconds late at
 * most (newsdesk.changes.transition-interval is 1 s). Logs the lateness it observed, for the README's figure.
 */
@QuarkusTest
class ScheduledPublicationLatencyTest {

    private static final Logger LOG = Logger.getLogger(ScheduledPublicationLatencyTest.class);

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void aScheduledPublicationReachesTheFeedWithinAFewSeconds() {
        Section section = fixtures.section("Latency desk");
        Response created = editorial.createDraft(section, "Right on time");
        String id = created.path("id");
        Instant publishAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("publishAt", OffsetDateTime.ofInstant(publishAt, ZoneOffset.UTC).toString()))
                .post("/api/v1/editorial/articles/{id}/publish", id).then().statusCode(200);
        // Filtered to the test's own section: a drain of the whole feed from its start walks every article the
        // suite wrote before this test, which alone could take longer than the deadline on a loaded machine.
        Map<String, String> filter = Map.of("type", "article", "section", section.getSlug());
        String token = ChangeFeedTest.drain(null, filter).token();
        Instant deadline = publishAt.plusSeconds(10);
        Instant seenAt = null;
        while (seenAt == null && Instant.now().isBefore(deadline)) {
            ChangeFeedTest.Drained delta = ChangeFeedTest.drain(token, filter);
            token = delta.token();
            if (!ChangeFeedTest.describe(delta.items(), id).isEmpty()) {
                seenAt = Instant.now();
            }
        }
        assertTrue(seenAt != null, "the scheduled publication never reached the feed");
        Duration late = Duration.between(publishAt, seenAt);
        LOG.infof("Scheduled publication reached the feed %d ms after its time", late.toMillis());
        assertTrue(late.compareTo(Duration.ofSeconds(5)) < 0, "late by " + late);
    }
}
