package dev.newsdesk.apikey;

import dev.newsdesk.apikey.api.ApiKeyCreateRequest;
import dev.newsdesk.apikey.api.ApiKeyCreated;
import dev.newsdesk.apikey.api.ApiKeyList;
import dev.newsdesk.apikey.api.ApiKeyResponse;
import dev.newsdesk.security.IssuingKeys;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyService implements IssuingKeys {

    private final ApiKeyRepository keys;
    private final ApiTime time;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository keys, ApiTime time, Clock clock) {
        this.keys = keys;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    public ApiKeyCreated create(ApiKeyCreateRequest request) {
        String secret = ApiKeySecrets.generate();
        ApiKey key = store(request.name().strip(), request.role(), secret);
        return new ApiKeyCreated(toResponse(key), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiKeyList list() {
        return new ApiKeyList(keys.listNewestFirst().stream().map(this::toResponse).toList());
    }

    /** Revoking twice is harmless: the first revocation time stays. */
    @Transactional
    public void revoke(UUID id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API key", id.toString()));
        if (key.getRevokedAt() == null) {
            key.setRevokedAt(clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /**
     * The active key with this secret, if any; used by the identity provider on every authenticated request, on a
     * worker thread where only a transaction gives the query a session.
     */
    @Transactional
    public Optional<ApiKey> authenticate(String secret) {
        return keys.findActiveByHash(ApiKeySecrets.hash(secret));
    }

    /** Whether this key exists and is not revoked: a preview token works only while the key that issued it does. */
    @Override
    @Transactional
    public boolean isActive(UUID keyId) {
        return keys.findByIdOptional(keyId).filter(key -> key.getRevokedAt() == null).isPresent();
    }

    /** Stores a key with a given secret (the bootstrap key from configuration); false if it exists already. */
    @Transactional
    public boolean storeIfAbsent(String name, Role role, String secret) {
        if (keys.existsByHash(ApiKeySecrets.hash(secret))) {
            return false;
        }
        store(name, role, secret);
        return true;
    }

    /** What {@link #installBootstrap} did. */
    public enum BootstrapOutcome { STORED, ALREADY_ACTIVE, REVOKED }

    /**
     * Makes this secret the one active admin key of this name: other active keys of the name (an earlier configured
     * secret, a generated first key) are revoked, so changing the configured secret retires the old one. A secret
     * that was revoked stays revoked: configuring it again does not bring it back.
     */
    @Transactional
    public BootstrapOutcome installBootstrap(String name, String secret) {
        String hash = ApiKeySecrets.hash(secret);
        keys.listActiveByName(name).stream().filter(key -> !key.getKeyHash().equals(hash))
                .forEach(key -> key.setRevokedAt(clock.instant().truncatedTo(ChronoUnit.MICROS)));
        Optional<ApiKey> existing = keys.findByHash(hash);
        if (existing.isEmpty()) {
            store(name, Role.ADMIN, secret);
            return BootstrapOutcome.STORED;
        }
        return existing.get().getRevokedAt() == null ? BootstrapOutcome.ALREADY_ACTIVE : BootstrapOutcome.REVOKED;
    }

    /** A new admin key when the database holds no key at all; empty otherwise. */
    @Transactional
    public Optional<String> generateAdminIfNone(String name) {
        if (keys.count() > 0) {
            return Optional.empty();
        }
        String secret = ApiKeySecrets.generate();
        store(name, Role.ADMIN, secret);
        return Optional.of(secret);
    }

    private ApiKey store(String name, Role role, String secret) {
        ApiKey key = new ApiKey();
        key.setId(UUID.randomUUID());
        key.setName(name);
        key.setRole(role);
        key.setKeyHash(ApiKeySecrets.hash(secret));
        key.setKeyPrefix(ApiKeySecrets.displayPrefix(secret));
        key.setCreatedAt(clock.instant().truncatedTo(ChronoUnit.MICROS));
        keys.persist(key);
        return key;
    }

    private ApiKeyResponse toResponse(ApiKey key) {
        return new ApiKeyResponse(key.getId(), key.getName(), key.getRole(), key.getKeyPrefix(),
                time.format(key.getCreatedAt()), time.format(key.getRevokedAt()));
    }
}
