package dev.newsdesk.web.cors;

import static dev.newsdesk.testing.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.apikey.ApiKeyService;
import dev.newsdesk.apikey.api.ApiKeyCreateRequest;
import dev.newsdesk.security.Role;
import dev.newsdesk.testing.SmallBudgetsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * CORS with an allow-list for each API: preflights answered (204, or 403 for an origin not listed), answers to a
 * listed origin readable by its scripts, whoever wrote them (a resource, the cache-hit route, a 429), and never
 * with credentials. Each request comes from a client address of its own, so no rate limit is reached by accident.
 */
@QuarkusTest
@TestProfile(SmallBudgetsProfile.class)
class CorsTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String FRONT_END = SmallBudgetsProfile.FRONT_END;
    private static final String DESK = SmallBudgetsProfile.DESK;
    private static final String DELIVERY_EXPOSED = "ETag, Link, Age, Retry-After, RateLimit, RateLimit-Policy, "
            + "Content-Location, Newsdesk-Requested-Language";

    @Inject
    ApiKeyService keys;

    @Test
    void theDeliveryApiAnswersPreflightsFromListedOrigins() {
        client().header("Origin", SmallBudgetsProfile.MOBILE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").options("/api/v1/articles")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", SmallBudgetsProfile.MOBILE)
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since")
                .header("Access-Control-Max-Age", "86400")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", "Origin")
                .header("X-Content-Type-Options", "nosniff");
        client().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body(equalTo("{\"type\":\"urn:newsdesk:problem:origin-not-allowed\",\"title\":\"Origin not allowed\","
                        + "\"status\":403,\"detail\":\"The origin https://evil.example may not call this API from a "
                        + "browser\",\"instance\":\"/api/v1/articles\",\"code\":\"ORIGIN_NOT_ALLOWED\"}"));
    }

    @Test
    void answersToAListedOriginAreReadableByItsScriptsAndVaryByOrigin() {
        String path = "/api/v1/sections";
        browser(FRONT_END).get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Expose-Headers", DELIVERY_EXPOSED)
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", "Accept, Accept-Encoding, Origin");
        // The copy served by the cache-hit route says the same, and so does every problem.
        browser(FRONT_END).get(path).then().statusCode(200).header("Age", "0")
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", "Accept, Accept-Encoding, Origin");
        browser(FRONT_END).get("/api/v1/sections/no-such-section").then().statusCode(404)
                .header("Access-Control-Allow-Origin", FRONT_END).header("Vary", "Origin");
        browser("https://evil.example").get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", "Accept, Accept-Encoding, Origin");
    }

    @Test
    void aRateLimitedBrowserCanReadWhy() {
        RequestSpecification sameClient = browser(FRONT_END);
        for (int i = 0; i < 3; i++) {
            sameClient.get("/api/v1/sections").then().statusCode(200);
        }
        sameClient.get("/api/v1/sections").then().statusCode(429)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Expose-Headers", DELIVERY_EXPOSED);
    }

    @Test
    void theEditorialApiHasItsOwnStricterList() {
        client().header("Origin", DESK).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/api/v1/editorial/articles/{id}", java.util.UUID.randomUUID())
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", DESK)
                .header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE")
                .header("Access-Control-Allow-Headers", "Accept, Authorization, Content-Type, If-Match, If-None-Match")
                .header("Access-Control-Max-Age", "600")
                .header("Access-Control-Allow-Credentials", nullValue());
        // The public front end's origin may read the delivery API, not drive the editorial one.
        client().header("Origin", FRONT_END).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/editorial/articles").then().statusCode(403);
        String key = keys.create(new ApiKeyCreateRequest("cors-desk", Role.EDITOR)).secret();
        browser(DESK).header("Authorization", "Bearer " + key).get("/api/v1/editorial/articles")
                .then().statusCode(200).header("Access-Control-Allow-Origin", DESK)
                .header("Access-Control-Expose-Headers", DELIVERY_EXPOSED + ", Location, WWW-Authenticate");
        browser(FRONT_END).header("Authorization", "Bearer " + key).get("/api/v1/editorial/articles")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    /** Preflights are not in the contract: plain requests. */
    private static RequestSpecification client() {
        return given().header("X-Forwarded-For", nextAddress());
    }

    private static RequestSpecification browser(String origin) {
        return api().header("X-Forwarded-For", nextAddress()).header("Origin", origin);
    }

    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }
}
