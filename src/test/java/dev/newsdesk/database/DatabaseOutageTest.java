package dev.newsdesk.database;

import static dev.newsdesk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.security.Role;
import dev.newsdesk.testing.DatabaseProxyResource;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.LogCapture;
import dev.newsdesk.testing.TcpProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back, behind a TCP proxy (the shared server itself is never touched): reads,
 * writes and key checks answer 503 with Retry-After meanwhile, readiness is down, the log gets one line per kind
 * of failure, and afterwards everything acknowledged before is still there and writes work again.
 */
@QuarkusTest
@WithTestResource(DatabaseProxyResource.class)
class DatabaseOutageTest {

    private static final String UNAVAILABLE = "{\"type\":\"urn:newsdesk:problem:service-unavailable\","
            + "\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; try again "
            + "after the Retry-After delay\",\"instance\":\"%s\",\"code\":\"SERVICE_UNAVAILABLE\"}";

    @Inject
    EditorialFixtures editorial;

    @Test
    void aCutDatabaseIs503ForReadsWritesAndKeysAndNothingAcknowledgedIsLost() {
        String admin = "Bearer " + editorial.key(Role.ADMIN);
        String before = Fixtures.unique("before-outage");
        String during = Fixtures.unique("during-outage");
        api().header("Authorization", admin).contentType("application/json").body(section(before))
                .post("/api/v1/editorial/sections").then().statusCode(201);
        TcpProxy proxy = DatabaseProxyResource.proxy();
        List<LogRecord> log;
        LogCapture capture = LogCapture.of(DatabaseOutage.class);
        proxy.cut();
        try {
            unavailable(api().get("/api/v1/sections"), "/api/v1/sections");
            unavailable(api().get("/api/v1/sections/{slug}", before), "/api/v1/sections/" + before);
            unavailable(api().header("Authorization", admin).contentType("application/json").body(section(during))
                    .post("/api/v1/editorial/sections"), "/api/v1/editorial/sections");
            unavailable(api().header("Authorization", "Bearer nd_not-a-key").get("/api/v1/editorial/articles"),
                    "/api/v1/editorial/articles");
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            proxy.restore();
            capture.close();
            log = capture.records();
        }

        api().get("/api/v1/sections/{slug}", before).then().statusCode(200).body("slug", equalTo(before));
        api().header("Authorization", admin).contentType("application/json").body(section(during))
                .post("/api/v1/editorial/sections").then().statusCode(201);
        api().header("Authorization", "Bearer nd_not-a-key").get("/api/v1/editorial/articles").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
        List<String> lines = log.stream().map(LogRecord::getMessage).toList();
        assertTrue(lines.size() >= 1 && lines.size() <= DatabaseFailures.Kind.values().length,
                "one line per kind of failure, not one per request: " + lines);
        assertTrue(lines.stream().allMatch(line -> line.startsWith("Database unavailable (") && !line.contains("\n")),
                "one line each, no stack: " + lines);
        assertTrue(log.stream().allMatch(record -> record.getThrown() == null), "no stack trace is logged");
    }

    @Test
    void aFrozenDatabaseAnswers503WithinTheTimeouts() {
        Assumptions.assumeTrue(DatabaseProxyResource.postgresql(),
                "the H2 client has no socket timeout: a frozen H2 TCP server would hang it, embedded H2 cannot freeze");
        api().get("/api/v1/sections").then().statusCode(200);
        TcpProxy proxy = DatabaseProxyResource.proxy();
        proxy.freeze();
        try {
            long start = System.nanoTime();
            unavailable(api().get("/api/v1/sections"), "/api/v1/sections");
            given().get("/q/health/ready").then().statusCode(503);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            // socketTimeout 3 s for the pooled connection, login 2 s and acquisition 3 s for a new one, validation 1 s.
            assertTrue(seconds < 15, "a frozen database held the requests for " + seconds + " s");
        } finally {
            proxy.restore();
        }
        api().get("/api/v1/sections").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static void unavailable(Response response, String instance) {
        response.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .header("Cache-Control", endsWith("no-store")).body(equalTo(String.format(UNAVAILABLE, instance)));
    }

    private static Map<String, Object> section(String slug) {
        return Map.of("slug", slug, "name", "Outage " + slug, "position", 1);
    }
}
