package dev.newsdesk.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bound on open change streams, through HTTP: with newsdesk.changes.stream.max-concurrent=2, a third stream is a
 * 503 problem with Retry-After while two are open, and closing one frees exactly one slot.
 */
@QuarkusTest
@TestProfile(ChangeStreamLimitTest.TwoStreams.class)
class ChangeStreamLimitTest {

    public static class TwoStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.changes.stream.max-concurrent", "2",
                    // An in-memory H2 database of its own: one left by the previous Quarkus start belongs to its class loader.
                    "%test.newsdesk-db.url.h2", "jdbc:h2:mem:streams;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    @TestHTTPResource("/api/v1/changes/stream")
    URI stream;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<HttpResponse<InputStream>> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (HttpResponse<InputStream> response : open) {
            response.body().close();
        }
    }

    @Test
    void aStreamOverTheLimitIs503UntilOneCloses() throws Exception {
        HttpResponse<InputStream> first = connect();
        HttpResponse<InputStream> second = connect();
        assertEquals(List.of(200, 200), List.of(first.statusCode(), second.statusCode()));
        assertConnected(first);
        assertConnected(second);

        HttpResponse<InputStream> third = connect();
        assertRefused(third);
        assertRefused(connect()); // a refused stream takes no slot

        first.body().close();
        HttpResponse<InputStream> again = awaitAccepted(Duration.ofSeconds(30));
        assertConnected(again);
        assertRefused(connect()); // exactly one slot came free
    }

    private HttpResponse<InputStream> connect() throws Exception {
        HttpResponse<InputStream> response = http.sendAsync(HttpRequest.newBuilder(stream)
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(20, TimeUnit.SECONDS);
        open.add(response);
        return response;
    }

    /** The slot frees once the server notices the closed connection: asks again until it does, within the limit. */
    private HttpResponse<InputStream> awaitAccepted(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<InputStream> response = connect();
            if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                assertEquals(200, response.statusCode(), "a closed stream frees its slot");
                return response;
            }
            assertRefused(response);
            Thread.sleep(100);
        }
    }

    private static void assertConnected(HttpResponse<InputStream> response) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        StringBuilder line = new StringBuilder();
        for (int c = response.body().read(); c != '\n' && c != -1; c = response.body().read()) {
            line.append((char) c);
        }
        assertEquals(":connected", line.toString().replace(" ", ""), "the stream's first line");
    }

    private static void assertRefused(HttpResponse<InputStream> response) throws Exception {
        String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(503, response.statusCode(), body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
        Map<String, Object> problem = new ObjectMapper().readValue(body, new TypeReference<>() {
        });
        assertEquals(Map.of("type", "urn:newsdesk:problem:service-unavailable", "title", "Service unavailable",
                "status", 503, "code", "SERVICE_UNAVAILABLE", "instance", "/api/v1/changes/stream",
                "detail", "This instance serves as many change streams as it may; retry after the Retry-After delay, "
                        + "or poll GET /api/v1/changes"), problem);
    }
}
