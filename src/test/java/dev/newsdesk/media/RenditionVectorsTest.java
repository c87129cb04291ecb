package dev.newsdesk.media;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.testing.EditorialFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Rendition URLs against committed vectors (src/test/resources/media/rendition-vectors.json). The vectors were
 * computed outside the application, with openssl (rendition-vectors.sh beside them); this test checks them again
 * with javax.crypto, then checks that the API answers exactly those URLs, and that changing any parameter of a URL
 * makes it fail verification as the image service would verify it.
 */
@QuarkusTest
class RenditionVectorsTest {

    private static final JsonNode VECTORS = read();

    @Inject
    EditorialFixtures editorial;

    @Test
    void theCommittedSignaturesAreHmacSha256OfTheCanonicalPath() {
        for (JsonNode v : VECTORS.get("vectors")) {
            assertEquals(v.get("signature").asText(), hmac(v.get("canonical").asText()), v.get("name").asText());
            assertEquals(VECTORS.get("baseUrl").asText() + "/" + v.get("signature").asText()
                    + v.get("canonical").asText(), v.get("url").asText());
        }
    }

    @Test
    void theApiAnswersTheVectorUrls() {
        for (JsonNode v : VECTORS.get("vectors")) {
            String id = create(v.get("source").asText(), v.get("master"));
            List<Map<String, Object>> renditions = api().get("/api/v1/media/{id}", id).then().statusCode(200)
                    .extract().path("renditions");
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("url", v.get("url").asText());
            expected.put("width", v.get("width").asInt());
            expected.put("height", v.get("height").asInt());
            expected.put("mimeType", "image/webp");
            expected.put("aspectRatio", v.get("aspectRatio").asText());
            expected.put("master", false);
            assertThat(v.get("name").asText(), renditions, hasItem(expected));
            renditions.forEach(r -> assertTrue((boolean) r.get("master") || verifies((String) r.get("url")),
                    () -> r.get("url") + " verifies"));
        }
    }

    @Test
    void changingAnyParameterBreaksTheSignature() {
        for (JsonNode v : VECTORS.get("vectors")) {
            String url = v.get("url").asText();
            assertTrue(verifies(url), url);
            JsonNode crop = v.get("crop");
            String sized = v.get("width").asInt() + "x" + v.get("height").asInt();
            String rect = crop.get("left").asInt() + "x" + crop.get("top").asInt() + ":" + crop.get("right").asInt()
                    + "x" + crop.get("bottom").asInt();
            List<String> tampered = new ArrayList<>(List.of(
                    url.replace("/" + sized + "/", "/" + (v.get("width").asInt() * 2) + "x" + v.get("height").asInt() + "/"),
                    url.replace("/" + sized + "/", "/" + v.get("width").asInt() + "x" + (v.get("height").asInt() + 1) + "/"),
                    url.replace("/" + rect + "/", "/" + (crop.get("left").asInt() + 1) + rect.substring(rect.indexOf('x')) + "/"),
                    url.replace("/" + rect + "/", "/" + rect.substring(0, rect.lastIndexOf('x') + 1)
                            + (crop.get("bottom").asInt() - 1) + "/"),
                    url.replace("format(webp)", "format(png)"),
                    url.replace("media.example.com", "evil.example.com"),
                    url + "%3Fx%3D1"));
            for (String changed : tampered) {
                assertNotEquals(url, changed);
                assertFalse(verifies(changed), changed);
            }
        }
    }

    @Test
    void aMasterGetsEveryFittingWidthOfEveryRatioSortedByWidthAndNeverUpscaled() {
        String id = create("https://media.example.com/vectors/harbour.jpg",
                VECTORS.get("vectors").get(0).get("master"));
        List<String> shapes = api().get("/api/v1/media/{id}", id).then().statusCode(200)
                .body("renditions.findAll { it.master }.size()", equalTo(1))
                .extract().path("renditions.collect { it.width + 'x' + it.height + ' ' + it.aspectRatio + "
                        + "(it.master ? ' master' : '') }");
        assertThat(shapes, contains(
                "320x180 original", "320x180 16:9", "320x320 1:1", "320x240 4:3",
                "640x360 original", "640x360 16:9", "640x640 1:1", "640x480 4:3",
                "960x540 original", "960x540 16:9", "960x720 4:3",
                "1280x720 original", "1280x720 16:9",
                "1600x900 original master"));

        // Smaller than every configured width: each crop at its own size, nothing larger than the master.
        String small = create("https://media.example.com/vectors/small.png", json("{\"width\": 300, \"height\": "
                + "200, \"focalPoint\": {\"x\": 1.0, \"y\": 1.0}}"));
        api().get("/api/v1/media/{id}", small).then().statusCode(200)
                .body("renditions.collect { it.width + 'x' + it.height + ' ' + it.aspectRatio }", equalTo(List.of(
                        "200x200 1:1", "267x200 4:3", "300x200 original", "300x169 16:9", "300x200 original")))
                .body("renditions.find { it.master }.mimeType", equalTo("image/png"))
                .body("renditions.find { it.aspectRatio == '1:1' }.url",
                        org.hamcrest.Matchers.containsString("/100x0:300x200/200x200/"));
    }

    private String create(String source, JsonNode master) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "image");
        body.put("url", source);
        body.put("width", master.get("width").asInt());
        body.put("height", master.get("height").asInt());
        body.put("focalPoint", Map.of("x", master.get("focalPoint").get("x").asDouble(),
                "y", master.get("focalPoint").get("y").asDouble()));
        body.put("credit", "Photo : Vector Agency");
        return editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/media")
                .then().statusCode(201).extract().path("id");
    }

    /** What an image service does: recompute the HMAC of everything after the signature segment. */
    private static boolean verifies(String url) {
        String base = VECTORS.get("baseUrl").asText() + "/";
        if (!url.startsWith(base)) {
            return false;
        }
        String rest = url.substring(base.length());
        int slash = rest.indexOf('/');
        return slash > 0 && hmac(rest.substring(slash)).equals(rest.substring(0, slash));
    }

    private static String hmac(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(VECTORS.get("secret").asText().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read() {
        try (InputStream in = RenditionVectorsTest.class.getResourceAsStream("/media/rendition-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
