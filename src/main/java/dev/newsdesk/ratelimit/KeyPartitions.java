package dev.newsdesk.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsdesk.apikey.ApiKeySecrets;
import dev.newsdesk.apikey.ApiKeyService;
import dev.newsdesk.config.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Which API key a request's bearer secret belongs to, for choosing the budget it spends: a valid key gets its own,
 * anything else counts against the client address. Answers are remembered for a short while by the secret's hash
 * (never the secret), so a busy key costs one lookup per interval. This never authorizes anything: the identity
 * provider checks every key against the database, so a revocation takes effect at once.
 */
@ApplicationScoped
class KeyPartitions {

    private final ApiKeyService keys;
    private final Cache<String, Optional<UUID>> known;

    KeyPartitions(ApiKeyService keys, RateLimitConfig config) {
        this.keys = keys;
        this.known = Caffeine.newBuilder().maximumSize(config.maxClients())
                .expireAfterWrite(config.keyCacheTtl()).build();
    }

    /** The remembered answer, or null when the database must be asked ({@link #lookUp}, off the event loop). */
    Optional<UUID> rememberedOrNull(String secret) {
        return known.getIfPresent(ApiKeySecrets.hash(secret));
    }

    /** Asks the database; blocking. Throws when it cannot answer (then nothing is remembered). */
    Optional<UUID> lookUp(String secret) {
        String hash = ApiKeySecrets.hash(secret);
        Optional<UUID> key = keys.authenticate(secret).map(k -> k.getId());
        known.put(hash, key);
        return key;
    }
}
