package dev.newsdesk.change;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** GET /api/v1/changes/stream read by a real HTTP client: events as they commit, resume by Last-Event-ID, reset. */
@QuarkusTest
class ChangeStreamTest {

    @TestHTTPResource("/api/v1/changes/stream")
    URI stream;
    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;
    @Inject
    ChangeRetention retention;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One SSE event as the client parsed it. */
    record Event(String name, String id, String data) {
    }

    @Test
    void eventsArriveAsTheyCommitAndAReconnectResumesAfterTheLastOne() throws Exception {
        Section section = fixtures.section("Stream desk");
        HttpResponse<Stream<String>> first = open(null);
        assertEquals(200, first.statusCode());
        assertEquals("no", first.headers().firstValue("X-Accel-Buffering").orElse(""));
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<String> lines = first.body().iterator();
        String one = published(section, "First on the stream");
        Event seen = next(lines, one);
        assertEquals("change", seen.name());
        assertTrue(seen.data().contains("\"op\":\"upsert\""), seen.data());
        first.body().close();

        String two = published(section, "Second, while away");
        HttpResponse<Stream<String>> again = open(seen.id());
        Event resumed = next(again.body().iterator(), null);
        assertTrue(resumed.data().contains(two), "the first event after the resume is the one missed: "
                + resumed.data());
        again.body().close();
    }

    @Test
    void aPositionOlderThanRetentionIsToldToStartOver() throws Exception {
        String token = api().queryParam("type", "site").get("/api/v1/changes").then().statusCode(200).extract()
                .path("next");
        // The sync's token may need more pages; take the delta token at its end.
        while (api().queryParam("type", "site").queryParam("token", token).get("/api/v1/changes").then()
                .extract().<Boolean>path("hasMore")) {
            token = api().queryParam("type", "site").queryParam("token", token).get("/api/v1/changes").then()
                    .extract().path("next");
        }
        published(fixtures.section("Stream retention desk"), "Soon purged");
        clock.set(Instant.now().plus(Duration.ofDays(31)));
        try {
            retention.purge();
        } finally {
            clock.reset();
        }
        HttpResponse<Stream<String>> response = open(token + "&type=site");
        List<String> all = CompletableFuture.supplyAsync(() -> response.body().toList()).get(20, TimeUnit.SECONDS);
        assertTrue(all.stream().anyMatch(line -> line.replace(" ", "").equals("event:reset")), String.join("\n", all));
        assertTrue(all.stream().anyMatch(line -> line.contains("\"code\":\"GONE\"")), String.join("\n", all));
    }

    @Test
    void aChangedLastEventIdIs400() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                .header("Last-Event-ID", "bogus.token").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"parameter\":\"Last-Event-ID\""), response.body());
    }

    private HttpResponse<Stream<String>> open(String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(lastEventId != null && lastEventId.contains("&")
                        ? URI.create(stream + "?token=" + lastEventId) : stream)
                .header("Accept", "text/event-stream");
        if (lastEventId != null && !lastEventId.contains("&")) {
            request.header("Last-Event-ID", lastEventId);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).get(20, TimeUnit.SECONDS);
    }

    /** The next change event (about {@code id}, if given), read within 20 seconds. */
    private static Event next(Iterator<String> lines, String id) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            String name = null;
            String eventId = null;
            List<String> data = new ArrayList<>();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    String joined = String.join("\n", data);
                    if ("change".equals(name) && (id == null || joined.contains(id))) {
                        return new Event(name, eventId, joined);
                    }
                    name = null;
                    eventId = null;
                    data.clear();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    eventId = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).trim());
                }
            }
            throw new AssertionError("the stream ended");
        }).get(20, TimeUnit.SECONDS);
    }

    private String published(Section section, String headline) {
        Response created = editorial.createDraft(section, headline);
        String id = created.path("id");
        editorial.publishNow(id, created.header("ETag"));
        return id;
    }
}
