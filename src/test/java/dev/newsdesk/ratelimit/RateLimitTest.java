package dev.newsdesk.ratelimit;

import static dev.newsdesk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.apikey.ApiKeyService;
import dev.newsdesk.apikey.api.ApiKeyCreateRequest;
import dev.newsdesk.security.Role;
import dev.newsdesk.testing.LogCapture;
import dev.newsdesk.testing.MutableClock;
import dev.newsdesk.testing.SmallBudgetsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits over HTTP with budgets of a few requests per hour: per client address and per key, delivery and
 * editorial apart, /q/* exempt, 304s free, failed keys limited and logged. Each test is a client address of its own
 * (X-Forwarded-For); the clock is fixed, so the headers' numbers are exact and a window passes by moving it.
 */
@QuarkusTest
@TestProfile(SmallBudgetsProfile.class)
class RateLimitTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    MutableClock clock;
    @Inject
    ApiKeyService keys;

    @BeforeEach
    void fixClock() {
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAddressSpendsItsDeliveryBudgetThenGets429UntilTheWindowEnds() {
        String address = address();
        for (int remaining = 2; remaining >= 0; remaining--) {
            from(address).get("/api/v1/sections").then().statusCode(200)
                    .header("RateLimit-Policy", "\"delivery-address\";q=3;w=3600")
                    .header("RateLimit", "\"delivery-address\";r=" + remaining + ";t=3600");
        }
        from(address).get("/api/v1/sections").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "3600")
                .header("RateLimit-Policy", "\"delivery-address\";q=3;w=3600")
                .header("RateLimit", "\"delivery-address\";r=0;t=3600")
                .header("X-Content-Type-Options", "nosniff")
                .body(equalTo("{\"type\":\"urn:newsdesk:problem:rate-limited\",\"title\":\"Too many requests\","
                        + "\"status\":429,\"detail\":\"The delivery-address budget of 3 requests per 3600 s is spent; "
                        + "retry after 3600 s\",\"instance\":\"/api/v1/sections\",\"code\":\"RATE_LIMITED\"}"));
        from(address()).get("/api/v1/sections").then().statusCode(200)
                .header("RateLimit", "\"delivery-address\";r=2;t=3600");
        given().header("X-Forwarded-For", address).get("/q/health/ready").then().statusCode(200)
                .header("RateLimit", nullValue());

        clock.advance(Duration.ofMinutes(59));
        from(address).get("/api/v1/sections").then().statusCode(429).header("Retry-After", "60");
        clock.advance(Duration.ofMinutes(1));
        from(address).get("/api/v1/sections").then().statusCode(200)
                .header("RateLimit", "\"delivery-address\";r=2;t=3600");
    }

    @Test
    void notModifiedAnswersSpendNothing() {
        String address = address();
        String etag = from(address).get("/api/v1/sections").then().statusCode(200)
                .header("RateLimit", "\"delivery-address\";r=2;t=3600").extract().header("ETag");
        for (int i = 0; i < 5; i++) { // rendered once, then from the per-instance cache: each a 304
            from(address).header("If-None-Match", etag).get("/api/v1/sections").then().statusCode(304)
                    .header("RateLimit", "\"delivery-address\";r=2;t=3600");
        }
        from(address).get("/api/v1/sections").then().statusCode(200)
                .header("RateLimit", "\"delivery-address\";r=1;t=3600");
    }

    @Test
    void aValidKeyHasABudgetOfItsOwnOnEachApi() {
        String secret = keys.create(new ApiKeyCreateRequest("budget-" + ADDRESSES.get(), Role.EDITOR)).secret();
        String address = address();
        for (int remaining = 3; remaining >= 0; remaining--) {
            from(address).header("Authorization", "Bearer " + secret).get("/api/v1/editorial/articles")
                    .then().statusCode(200).header("RateLimit-Policy", "\"editorial-key\";q=4;w=3600")
                    .header("RateLimit", "\"editorial-key\";r=" + remaining + ";t=3600");
        }
        from(address).header("Authorization", "Bearer " + secret).get("/api/v1/editorial/articles")
                .then().statusCode(429).header("RateLimit", "\"editorial-key\";r=0;t=3600");
        // The same key on the delivery API, and the same address without a key, have their own budgets.
        from(address).header("Authorization", "Bearer " + secret).get("/api/v1/sections").then().statusCode(200)
                .header("RateLimit", "\"delivery-key\";r=4;t=3600");
        from(address).get("/api/v1/sections").then().statusCode(200)
                .header("RateLimit", "\"delivery-address\";r=2;t=3600");
        from(address).get("/api/v1/editorial/articles").then().statusCode(401)
                .header("RateLimit", "\"editorial-address\";r=1;t=3600");
    }

    @Test
    void failedKeyAttemptsAreLimitedAndLogged() {
        String secret = keys.create(new ApiKeyCreateRequest("attempts-" + ADDRESSES.get(), Role.EDITOR)).secret();
        String address = address();
        List<String> log;
        try (LogCapture capture = LogCapture.of(RateLimitRoute.class)) {
            from(address).header("Authorization", "Bearer nd_guess-one").get("/api/v1/editorial/articles")
                    .then().statusCode(401);
            from(address).header("Authorization", "Bearer nd_guess-two").get("/api/v1/sections")
                    .then().statusCode(200);
            from(address).header("Authorization", "Bearer nd_guess-three").get("/api/v1/editorial/articles")
                    .then().statusCode(429).header("RateLimit-Policy", "\"failed-keys\";q=2;w=3600")
                    .header("RateLimit", "\"failed-keys\";r=0;t=3600").header("Retry-After", "3600");
            // Once spent, a key from this address is not even checked; a request without one still is served.
            from(address).header("Authorization", "Bearer " + secret).get("/api/v1/editorial/articles")
                    .then().statusCode(429);
            from(address).get("/api/v1/sections").then().statusCode(200);
            log = capture.lines();
        }
        assertEquals(List.of(
                "WARN Unknown or revoked API key nd_guess-o... from " + address
                        + " on GET /api/v1/editorial/articles: 1 more failed attempts allowed in this window",
                "WARN Unknown or revoked API key nd_guess-t... from " + address
                        + " on GET /api/v1/sections: no more failed attempts allowed for 3600 s"), log);
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.42." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification from(String address) {
        return api().header("X-Forwarded-For", address);
    }
}
