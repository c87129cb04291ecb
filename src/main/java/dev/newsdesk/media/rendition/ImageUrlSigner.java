package dev.newsdesk.media.rendition;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
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
    private static final List<String> PLACEHOLDERS = List.of("width", "height", "cropLeft", "cropTop", "cropRight",
            "cropBottom", "cropWidth", "cropHeight", "format", "source", "sourceBase64");

    private final String baseUrl;
    /** The template split once: literal text at even indexes, placeholder names at odd ones. */
    private final List<String> parts;
    private final SecretKeySpec key;
    /** An image on a list page has a dozen renditions: a Mac per thread spares a provider lookup for each. */
    private final ThreadLocal<Mac> macs;

    public ImageUrlSigner(String baseUrl, String template, byte[] secret) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.parts = split(template.startsWith("/") ? template : "/" + template);
        this.key = new SecretKeySpec(secret, HMAC);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private static List<String> split(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("newsdesk.media.image-service.path-template: unknown placeholder {"
                        + m.group(1) + "}");
            }
            parts.add(template.substring(at, m.start()));
            parts.add(m.group(1));
            at = m.end();
        }
        parts.add(template.substring(at));
        return List.copyOf(parts);
    }

    /** The canonical path and query of one rendition: the template with every placeholder filled in. */
    public String canonical(Source source, int width, int height, Crop crop, String format) {
        StringBuilder out = new StringBuilder(160 + source.encoded.length() + source.base64.length());
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                out.append(part);
                continue;
            }
            switch (part) {
                case "width" -> out.append(width);
                case "height" -> out.append(height);
                case "cropLeft" -> out.append(crop.left());
                case "cropTop" -> out.append(crop.top());
                case "cropRight" -> out.append(crop.right());
                case "cropBottom" -> out.append(crop.bottom());
                case "cropWidth" -> out.append(crop.width());
                case "cropHeight" -> out.append(crop.height());
                case "format" -> out.append(percentEncode(format));
                case "source" -> out.append(source.encoded);
                case "sourceBase64" -> out.append(source.base64);
                default -> throw new IllegalStateException("placeholder checked at construction: " + part);
            }
        }
        return out.toString();
    }

    /** A master's URL in the two encodings a template can place. */
    public static final class Source {
        private final String encoded;
        private final String base64;

        public Source(String url) {
            this.encoded = percentEncode(url);
            this.base64 = Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The URL a front end puts in src/srcset: base URL, signature, canonical path and query. */
    public String url(String canonical) {
        return baseUrl + "/" + signature(canonical) + canonical;
    }

    public String signature(String canonical) {
        Mac mac = macs.get();
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
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
