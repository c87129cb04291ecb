package dev.newsdesk.apikey;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.config.EditorialConfig;
import dev.newsdesk.security.Role;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configured bootstrap admin key: long enough to be unguessable, and the only bootstrap key that works. */
@QuarkusTest
class ApiKeyBootstrapTest {

    private static final String KEYS = "/api/v1/editorial/keys";
    private static final String CONFIGURED = "nd_test-bootstrap-admin-key-not-for-production";

    @Inject
    ApiKeyBootstrap bootstrap;
    @Inject
    ApiKeyService keys;

    @Test
    void anEarlierBootstrapKeyStopsWorkingOnceAnotherIsConfigured() {
        String earlier = "nd_earlier-bootstrap-" + Fixtures.unique("key") + "-0123456789";
        keys.storeIfAbsent(ApiKeyBootstrap.BOOTSTRAP_NAME, Role.ADMIN, earlier);
        api().header("Authorization", "Bearer " + earlier).get(KEYS).then().statusCode(200);

        bootstrap.onStart(new StartupEvent()); // a restart with the configured key

        api().header("Authorization", "Bearer " + earlier).get(KEYS).then().statusCode(401);
        api().header("Authorization", "Bearer " + CONFIGURED).get(KEYS).then().statusCode(200);
    }

    @Test
    void aShortBootstrapKeyStopsTheStart() {
        ApiKeyBootstrap withShortKey = new ApiKeyBootstrap(config("  short-but-31-characters-long-xy  "), keys, "h2");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> withShortKey.onStart(new StartupEvent()));
        assertEquals("newsdesk.editorial.bootstrap-admin-key (NEWSDESK_EDITORIAL_BOOTSTRAP_ADMIN_KEY) is 31 characters "
                + "long; it must have at least 32 (e.g. openssl rand -hex 32)", refused.getMessage());
    }

    @Test
    void aRevokedBootstrapKeyIsNotRevivedByConfiguringItAgain() {
        String name = Fixtures.unique("bootstrap");
        String first = "nd_first-" + Fixtures.unique("key") + "-0123456789abcdef";
        String second = "nd_second-" + Fixtures.unique("key") + "-0123456789abcdef";
        assertEquals(ApiKeyService.BootstrapOutcome.STORED, keys.installBootstrap(name, first));
        assertEquals(ApiKeyService.BootstrapOutcome.ALREADY_ACTIVE, keys.installBootstrap(name, first));
        assertEquals(ApiKeyService.BootstrapOutcome.STORED, keys.installBootstrap(name, second));
        api().header("Authorization", "Bearer " + first).get(KEYS).then().statusCode(401);

        assertEquals(ApiKeyService.BootstrapOutcome.REVOKED, keys.installBootstrap(name, first));
        api().header("Authorization", "Bearer " + first).get(KEYS).then().statusCode(401);
        api().header("Authorization", "Bearer " + second).get(KEYS).then().statusCode(401);
    }

    private static EditorialConfig config(String bootstrapKey) {
        return new EditorialConfig() {
            @Override
            public Optional<String> bootstrapAdminKey() {
                return Optional.of(bootstrapKey);
            }

            @Override
            public Optional<Boolean> generateAdminKey() {
                return Optional.of(false);
            }

            @Override
            public Preview preview() {
                return new Preview() {
                    @Override
                    public Optional<String> secret() {
                        return Optional.empty();
                    }

                    @Override
                    public Duration ttl() {
                        return Duration.ofHours(1);
                    }
                };
            }
        };
    }
}
