package dev.newsdesk.web.request;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One precision for every date-time the API writes, whatever the clock or the database kept: the whole second, with
 * the newsroom's offset. The clock here ticks in nanoseconds, so any value written as Jackson would leave it carries
 * a fraction.
 */
@QuarkusTest
class DateTimePrecisionTest {

    private static final Pattern LOOKS_LIKE_A_DATE_TIME = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT.*");
    private static final Pattern WHOLE_SECOND = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$");

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;
    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyDateTimeIsWrittenToTheWholeSecondInTheNewsroomsOffset() throws Exception {
        clock.set(Instant.parse("2026-12-01T10:15:30.123456789Z"));
        Response created = editorial.createDraft(fixtures.section("Precision"), "Down to the second");
        String id = created.path("id");
        clock.set(Instant.parse("2026-12-01T10:16:45.999999Z"));
        editorial.publishNow(id, created.header("ETag"));

        Response article = api().get("/api/v1/articles/{id}", id);
        assertEquals("2026-12-01T19:16:45+09:00", article.path("publishedAt"));
        assertEquals("2026-12-01T19:15:30+09:00", editorial.editor().get("/api/v1/editorial/articles/{id}", id)
                .path("createdAt"));

        List<String> dateTimes = new ArrayList<>();
        for (Response response : List.of(article, api().get("/api/v1/articles"), api().get("/api/v1/site"),
                api().get("/api/v1/articles/{id}/revisions", id),
                editorial.editor().get("/api/v1/editorial/articles/{id}", id),
                editorial.editor().get("/api/v1/editorial/articles/{id}/revisions", id),
                editorial.admin().get("/api/v1/editorial/keys"))) {
            assertEquals(200, response.statusCode(), response.asString());
            collect(json.readTree(response.asString()), dateTimes);
        }
        assertTrue(dateTimes.size() >= 10, "date-times found: " + dateTimes);
        for (String value : dateTimes) {
            assertTrue(WHOLE_SECOND.matcher(value).matches(), value);
        }
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isTextual() && LOOKS_LIKE_A_DATE_TIME.matcher(node.asText()).matches()) {
            found.add(node.asText());
        }
        node.forEach(child -> collect(child, found));
    }
}
