package dev.newsdesk.apikey;

import dev.newsdesk.config.EditorialConfig;
import dev.newsdesk.security.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can log in: the configured bootstrap admin key is stored (as a hash) on start; on the
 * embedded database with no key at all, an admin key is generated and printed this once.
 */
@ApplicationScoped
public class ApiKeyBootstrap {

    static final String BOOTSTRAP_NAME = "bootstrap-admin";
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
        if (config.bootstrapAdminKey().filter(s -> !s.isBlank()).isPresent()) {
            if (keys.storeIfAbsent(BOOTSTRAP_NAME, Role.ADMIN, config.bootstrapAdminKey().get().strip())) {
                LOG.info("Stored the configured bootstrap admin key");
            }
        } else if (config.generateAdminKey().orElse("h2".equals(dbKind))) {
            keys.generateAdminIfNone(BOOTSTRAP_NAME).ifPresent(ApiKeyBootstrap::printOnce);
        }
    }

    private static void printOnce(String secret) {
        // Printed on purpose: it is the only copy. Only its hash is stored.
        LOG.warnf("%n=== Generated the first admin API key. It is shown only now; store it safely: ===%n%s%n"
                + "=== Use it as: Authorization: Bearer <key>. Create more keys with POST /api/v1/editorial/keys. ===",
                secret);
    }
}
