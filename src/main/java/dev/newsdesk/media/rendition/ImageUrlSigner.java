package dev.newsdesk.media.rendition;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds image-service URLs from a path template and signs them the way imgproxy and thumbor expect: the
 * signature is the first path segment, base64url (no padding) of HMAC-SHA256 over everything after it, the
 * canonical path and query exactly as sent. Changing any parameter (a width, the crop, the format, the source)
 * changes what is signed, so the image service refuses a URL a client edited.
 */
public final class ImageUrlSigner {

    private static final String HMAC = "HmacSHA256";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    private final String baseUrl;
    private final String template;
    private final SecretKeySpec key;

    public ImageUrlSigner(String baseUrl, String template, byte[] secret) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.template = template.startsWith("/") ? template : "/" + template;
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** The canonical path and query of one rendition: the template with every placeholder filled in. */
    public String canonical(String source, int width, int height, Crop crop, String format) {
        Map<String, String> values = Map.ofEntries(
                Map.entry("width", Integer.toString(width)), Map.entry("height", Integer.toString(height)),
                Map.entry("cropLeft", Integer.toString(crop.left())), Map.entry("cropTop", Integer.toString(crop.top())),
                Map.entry("cropRight", Integer.toString(crop.right())),
                Map.entry("cropBottom", Integer.toString(crop.bottom())),
                Map.entry("cropWidth", Integer.toString(crop.width())),
                Map.entry("cropHeight", Integer.toString(crop.height())),
                Map.entry("format", percentEncode(format)), Map.entry("source", percentEncode(source)),
                Map.entry("sourceBase64", Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(source.getBytes(StandardCharsets.UTF_8))));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("newsdesk.media.image-service.path-template: unknown placeholder {"
                        + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The URL a front end puts in src/srcset: base URL, signature, canonical path and query. */
    public String url(String canonical) {
        return baseUrl + "/" + signature(canonical) + canonical;
    }

    public String signature(String canonical) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    /** Checks the template once at start, so a typo in configuration stops the start rather than every image. */
    public void validateTemplate() {
        canonical("https://example.com/a.jpg", 1, 1, new Crop(0, 0, 1, 1), "webp");
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters, so a URL fits in one path segment. */
    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
