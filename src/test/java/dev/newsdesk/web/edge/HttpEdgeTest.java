package dev.newsdesk.web.edge;

import static dev.newsdesk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer refuses before any resource runs, and what it adds to every answer: problem+json for a
 * request target or header section over the limits, for dot segments and for an Accept header that refuses JSON;
 * nosniff everywhere; metrics that never name a raw path.
 */
@QuarkusTest
class HttpEdgeTest {

    @Test
    void aTooLongRequestTargetIsA414Problem() {
        given().queryParam("q", "a".repeat(5000)).get("/api/v1/articles")
                .then().statusCode(414).contentType("application/problem+json").header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(equalTo("{\"type\":\"urn:newsdesk:problem:uri-too-long\",\"title\":\"URI too long\",\"status\":414,"
                        + "\"detail\":\"The request target is longer than 4096 characters\",\"code\":\"URI_TOO_LONG\"}"));
    }

    @Test
    void tooLargeHeadersAreA431Problem() {
        given().header("X-Padding", "p".repeat(25_000)).get("/api/v1/sections")
                .then().statusCode(431).contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body(equalTo("{\"type\":\"urn:newsdesk:problem:headers-too-large\",\"title\":\"Request header fields "
                        + "too large\",\"status\":431,\"detail\":\"The request headers are larger than 20480 bytes\","
                        + "\"instance\":\"/api/v1/sections\",\"code\":\"HEADERS_TOO_LARGE\"}"));
    }

    @Test
    void dotSegmentsNeverLeadOutOfTheApi() {
        String refused = "{\"type\":\"urn:newsdesk:problem:malformed-request\",\"title\":\"Malformed request\","
                + "\"status\":400,\"detail\":\"The request path may not contain . or .. segments, encoded or not\","
                + "\"code\":\"MALFORMED_REQUEST\"}";
        for (String path : List.of("/api/v1/%2e%2e/q/metrics", "/api/v1/%2e%2e/%2e%2e/q/metrics",
                "/api/v1/../../q/metrics", "/api/v1/.%2E/..%2f../q/health", "/api/v1/./sections")) {
            given().urlEncodingEnabled(false).get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body(not(containsString("jvm_"))).body(equalTo(refused));
        }
    }

    @Test
    void anAcceptHeaderThatRefusesJsonIsA406() {
        String notAcceptable = "{\"type\":\"urn:newsdesk:problem:not-acceptable\",\"title\":\"Not acceptable\","
                + "\"status\":406,\"detail\":\"This resource is only available as application/json\","
                + "\"instance\":\"/api/v1/sections\",\"code\":\"NOT_ACCEPTABLE\"}";
        for (String accept : List.of("application/json;q=0", "application/json; q=0.0, */*", "*/*;q=0",
                "text/html", "application/*;q=0, text/*")) {
            api().header("Accept", accept).get("/api/v1/sections")
                    .then().statusCode(406).contentType("application/problem+json").body(equalTo(notAcceptable));
        }
        for (String accept : List.of("application/json", "*/*;q=0.1", "text/html, application/json;q=0.5",
                "application/json;q=0, application/json;q=1", "application/*")) {
            api().header("Accept", accept).get("/api/v1/sections").then().statusCode(200);
        }
    }

    @Test
    void everyAnswerSaysNosniff() {
        api().get("/api/v1/sections").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/no-such-thing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        api().get("/api/v1/articles?limit=0").then().statusCode(400).header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/editorial/articles").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        given().get("/q/health/ready").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void metricsNameEndpointsNotRawPaths() throws Exception {
        String marker = "zz" + System.nanoTime();
        given().get("/api/v1/" + marker).then().statusCode(404);
        given().delete("/api/v1/articles/" + marker).then().statusCode(405);
        given().contentType("application/json").body("{}").post("/api/v1/sections/" + marker).then().statusCode(405);
        given().urlEncodingEnabled(false).get("/api/v1/../" + marker).then().statusCode(400);
        given().header("Accept", "text/html").get("/api/v1/" + marker).then().statusCode(406);
        given().header("X-Padding", "p".repeat(25_000)).get("/api/v1/" + marker).then().statusCode(431);
        given().options("/api/v1/articles/" + marker);
        given().get("/api/v1/articles/" + marker).then().statusCode(400);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(!metrics.contains(marker), "a raw path reached the metrics");
        Set<String> uris = new TreeSet<>();
        Matcher tag = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (tag.find()) {
            uris.add(tag.group(1));
        }
        // Bounded: every value is a path of the contract or one of Micrometer's fixed names.
        Set<String> unnamed = new TreeSet<>(uris);
        unnamed.removeAll(Set.of("UNKNOWN", "NOT_FOUND", "REDIRECTION", "root", "/cors-preflight"));
        new ObjectMapper().readTree(Api.CONTRACT.toFile()).path("paths").fieldNames().forEachRemaining(unnamed::remove);
        assertEquals(Set.of(), unnamed, "uri tags other than endpoint templates: " + uris);
    }
}
