package dev.newsdesk.security;

import dev.newsdesk.config.EditorialConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Signed, expiring preview tokens: {@code base64url(articleId.keyId.expiry)} + "." + {@code base64url(HMAC-SHA256)}.
 * Any instance with the same secret accepts a token another instance issued. The token names the API key that
 * issued it, and works only while that key does: revoking a key ends the previews it handed out.
 */
@ApplicationScoped
public class PreviewTokens {

    private static final Logger LOG = Logger.getLogger(PreviewTokens.class);
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;
    private final EditorialConfig config;
    private final Clock clock;
    private final IssuingKeys keys;
    private final SecurityIdentity identity;

    public PreviewTokens(EditorialConfig config, Clock clock, IssuingKeys keys, SecurityIdentity identity) {
        this.config = config;
        this.clock = clock;
        this.keys = keys;
        this.identity = identity;
        this.secret = config.preview().secret().filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(PreviewTokens::randomSecret);
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /** A token for this article, issued by the API key of the current request. */
    public Issued issue(UUID articleId) {
        Object keyId = identity.getAttribute(IssuingKeys.KEY_ID_ATTRIBUTE);
        if (keyId == null) {
            throw new IllegalStateException("Preview tokens are issued to requests authenticated with an API key");
        }
        Instant expiresAt = clock.instant().plus(config.preview().ttl()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String payload = articleId + "." + keyId + "." + expiresAt.getEpochSecond();
        String token = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
        return new Issued(token, expiresAt);
    }

    /**
     * Throws unless the token was signed here, is for this article, has not expired and the key that issued it is
     * still active.
     */
    public void verify(String token, UUID articleId) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            throw new InvalidPreviewTokenException();
        }
        String payload;
        byte[] signature;
        try {
            payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            signature = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidPreviewTokenException();
        }
        // Constant-time comparison: the time taken must not tell how much of a forged signature was right.
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw new InvalidPreviewTokenException();
        }
        String[] fields = payload.split("\\.", -1);
        if (fields.length != 3 || !fields[0].equals(articleId.toString())) {
            throw new InvalidPreviewTokenException();
        }
        long expiry;
        UUID keyId;
        try {
            keyId = UUID.fromString(fields[1]);
            expiry = Long.parseLong(fields[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidPreviewTokenException();
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expiry)) || !keys.isActive(keyId)) {
            throw new InvalidPreviewTokenException();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    private static byte[] randomSecret() {
        LOG.warn("newsdesk.editorial.preview.secret is not set: preview tokens work only on this process until restart");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
