package dev.newsdesk.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The delivery drills: webhooks may reach loopback, where the test receiver listens. Nowhere else is this allowed;
 * WebhookResourceTest shows loopback refused with the default configuration.
 */
public class LoopbackReceiverProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsdesk.webhooks.allow-loopback", "true",
                "newsdesk.webhooks.http.connect-timeout", "PT2S",
                "newsdesk.webhooks.http.request-timeout", "PT5S",
                // An in-memory H2 database of its own: one left by the previous Quarkus start belongs to its class loader.
                "%test.newsdesk-db.url.h2",
                "jdbc:h2:mem:webhooks;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
