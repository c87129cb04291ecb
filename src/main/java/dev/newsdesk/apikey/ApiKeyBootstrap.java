package dev.newsdesk.apikey;

import dev.newsdesk.config.EditorialConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can log in: the configured bootstrap admin key is stored (as a hash) on start and replaces the
 * bootstrap key configured before it; on the embedded database with no key at all, an admin key is generated and
 * printed this once.
 */
@ApplicationScoped
public class ApiKeyBootstrap {

    static final String BOOTSTRAP_NAME = "bootstrap-admin";
    /** As long as a generated key's 43 random characters would be, near enough: short secrets can be guessed. */
    static final int MIN_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(ApiKeyBootstrap.class);

    private final EditorialConfig config;
    private final ApiKeyService keys;
    private final String dbKind;

    public ApiKeyBootstrap(EditorialConfig config, ApiKeyService keys,
                           @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.config = config;
        this.keys = keys;
        this.dbKind = dbKind;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<String> configured = config.bootstrapAdminKey().map(String::strip).filter(s -> !s.isEmpty());
        if (configured.isPresent()) {
            install(configured.get());
        } else if (config.generateAdminKey().orElse("h2".equals(dbKind))) {
            keys.generateAdminIfNone(BOOTSTRAP_NAME).ifPresent(ApiKeyBootstrap::printOnce);
        }
    }

    private void install(String secret) {
        if (secret.length() < MIN_LENGTH) {
            // Refusing to start beats running with an admin key that can be guessed.
            throw new IllegalStateException("newsdesk.editorial.bootstrap-admin-key (NEWSDESK_EDITORIAL_BOOTSTRAP_ADMIN_KEY)"
                    + " is " + secret.length() + " characters long; it must have at least " + MIN_LENGTH
                    + " (e.g. openssl rand -hex 32)");
        }
        switch (keys.installBootstrap(BOOTSTRAP_NAME, secret)) {
            case STORED -> LOG.info("Stored the configured bootstrap admin key; an earlier bootstrap key no longer works");
            case REVOKED -> LOG.warn("The configured bootstrap admin key was revoked and stays revoked: configure a new"
                    + " one to get a working bootstrap key");
            case ALREADY_ACTIVE -> { }
        }
    }

    private static void printOnce(String secret) {
        // Printed on purpose: it is the only copy. Only its hash is stored.
        LOG.warnf("%n=== Generated the first admin API key. It is shown only now; store it safely: ===%n%s%n"
                + "=== Use it as: Authorization: Bearer <key>. Create more keys with POST /api/v1/editorial/keys. ===",
                secret);
    }
}
