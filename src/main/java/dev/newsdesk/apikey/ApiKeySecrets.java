package dev.newsdesk.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates and hashes key secrets. A secret is 256 random bits, so one unsalted SHA-256 is enough: nobody can
 * guess a preimage, and a fast hash lets the key be found by an indexed lookup on every request.
 */
public final class ApiKeySecrets {

    static final String PREFIX = "nd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** What an admin sees of a key: enough to tell keys apart, far too little to use one. */
    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(10, secret.length()));
    }
}
