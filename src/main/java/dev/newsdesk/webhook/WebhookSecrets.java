package dev.newsdesk.webhook;

import dev.newsdesk.config.WebhooksConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Signing secrets: {@code whsec_} and the base64 of 32 random bytes, as Standard Webhooks libraries expect. They are
 * stored encrypted with AES-GCM under a key derived from newsdesk.webhooks.encryption-key, so a database dump alone
 * cannot sign webhooks; each stored value is {@code v1.} + base64(iv ‖ ciphertext ‖ tag).
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    private static final String STORED_PREFIX = "v1.";
    private static final String BUILT_IN_KEY = "newsdesk-webhooks-built-in-key-set-your-own";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final boolean configured;

    public WebhookSecrets(WebhooksConfig config) {
        String material = config.encryptionKey().map(String::strip).filter(k -> !k.isEmpty()).orElse(BUILT_IN_KEY);
        if (config.encryptionKey().isPresent() && material.length() < 32) {
            throw new IllegalStateException("newsdesk.webhooks.encryption-key (NEWSDESK_WEBHOOKS_ENCRYPTION_KEY) is "
                    + material.length() + " characters long; it must have at least 32 (e.g. openssl rand -hex 32)");
        }
        this.configured = config.encryptionKey().isPresent();
        this.key = new SecretKeySpec(sha256(material), "AES");
    }

    void onStart(@Observes StartupEvent event) {
        if (!configured) {
            LOG.warn("newsdesk.webhooks.encryption-key is not set: webhook signing secrets are stored under a built-in "
                    + "key, so anyone with a database dump can sign webhooks. Set NEWSDESK_WEBHOOKS_ENCRYPTION_KEY.");
        }
    }

    /** A new secret to show once. */
    public String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The raw HMAC key of a secret: the bytes its base64 part stands for. */
    static byte[] keyBytes(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return STORED_PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }

    /** The secret a stored value seals; fails when the encryption key changed since it was stored. */
    public String open(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(STORED_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret cannot be decrypted: was "
                    + "newsdesk.webhooks.encryption-key changed after it was stored?", e);
        }
    }

    private static byte[] sha256(String material) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
