package dev.newsdesk.changefeed;

import dev.newsdesk.config.ChangeFeedConfig;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque feed tokens: a position (in the initial sync, or in the change log) and the filters it was issued for,
 * base64url, with an HMAC so a token changed by hand is refused (400) instead of silently reading elsewhere.
 */
@ApplicationScoped
public class FeedToken {

    /** Where a reader is: {@code snapshot} (sync up to {@code seq}, next item after {@code type}/{@code afterId}) or a delta. */
    public record Position(boolean snapshot, long seq, int typeIndex, String afterId, String filters) {

        static Position delta(long seq, String filters) {
            return new Position(false, seq, 0, "", filters);
        }
    }

    private static final String BUILT_IN_KEY = "newsdesk-change-feed-token-v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    public FeedToken(ChangeFeedConfig config) {
        this.key = config.tokenSecret().filter(s -> !s.isBlank()).orElse(BUILT_IN_KEY)
                .getBytes(StandardCharsets.UTF_8);
    }

    public String encode(Position p) {
        String payload = String.join("|", "1", p.snapshot() ? "s" : "d", Long.toString(p.seq()),
                Integer.toString(p.typeIndex()), p.afterId(), p.filters());
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The position, or a 400 naming {@code parameter} for anything this API did not issue. */
    public Position decode(String token, String parameter) {
        try {
            int dot = token.indexOf('.');
            if (dot < 1 || token.length() > 512) {
                throw invalid(parameter);
            }
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                throw invalid(parameter);
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !parts[0].equals("1")) {
                throw invalid(parameter);
            }
            if (!parts[4].isEmpty()) {
                UUID.fromString(parts[4]);
            }
            return new Position(parts[1].equals("s"), Long.parseLong(parts[2]), Integer.parseInt(parts[3]), parts[4],
                    parts[5]);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return java.util.Arrays.copyOf(mac.doFinal(payload), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static ProblemException invalid(String parameter) {
        return new ProblemException(ProblemCode.INVALID_CURSOR, "The token was not issued by this API or was changed",
                List.of(Problem.FieldError.parameter(parameter, "not a token this API issued")));
    }
}
