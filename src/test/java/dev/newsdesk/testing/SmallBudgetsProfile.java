package dev.newsdesk.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The HTTP edges as production runs them, with budgets small enough to spend in a test: rate limits of a few
 * requests per hour, CORS allow-lists for both APIs, the per-instance cache on, and the client address taken from
 * X-Forwarded-For (as behind a load balancer), so each test can be a client of its own.
 */
public class SmallBudgetsProfile implements QuarkusTestProfile {

    public static final String FRONT_END = "https://www.herald.example";
    public static final String MOBILE = "https://m.herald.example";
    public static final String DESK = "https://desk.herald.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("%test.newsdesk.rate-limit.delivery-address.quota", "3"),
                Map.entry("%test.newsdesk.rate-limit.delivery-address.window", "1h"),
                Map.entry("%test.newsdesk.rate-limit.delivery-key.quota", "5"),
                Map.entry("%test.newsdesk.rate-limit.delivery-key.window", "1h"),
                Map.entry("%test.newsdesk.rate-limit.editorial-address.quota", "2"),
                Map.entry("%test.newsdesk.rate-limit.editorial-address.window", "1h"),
                Map.entry("%test.newsdesk.rate-limit.editorial-key.quota", "4"),
                Map.entry("%test.newsdesk.rate-limit.editorial-key.window", "1h"),
                Map.entry("%test.newsdesk.rate-limit.failed-keys.quota", "2"),
                Map.entry("%test.newsdesk.rate-limit.failed-keys.window", "1h"),
                Map.entry("%test.newsdesk.cors.delivery.origins", FRONT_END + "," + MOBILE),
                Map.entry("%test.newsdesk.cors.editorial.origins", DESK),
                Map.entry("%test.newsdesk.http-cache.local-cache.ttl", "5s"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                // An in-memory H2 database of its own: one left by the previous Quarkus start belongs to its class loader.
                Map.entry("%test.newsdesk-db.url.h2",
                        "jdbc:h2:mem:budgets;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
    }
}
