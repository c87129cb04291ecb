package dev.newsdesk.testing;

import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configures the editions through the editorial API. Editions are site-wide: a test that sets them puts back the
 * one English edition the test database starts with ({@link #reset()}, in an @AfterEach).
 */
@ApplicationScoped
public class EditionFixtures {

    public static final String EDITIONS = "/api/v1/editorial/editions";

    @Inject
    EditorialFixtures editorial;

    /** Editions as "en", "ko>en" (ko falls back to en); the first is the default. */
    public void set(String... editions) {
        Response response = put(body(editions));
        if (response.statusCode() != 200) {
            throw new AssertionError("editions not set: " + response.asString());
        }
    }

    public Response put(Map<String, Object> body) {
        String etag = editorial.admin().get(EDITIONS).then().statusCode(200).extract().header("ETag");
        return editorial.admin().contentType("application/json").header("If-Match", etag).body(body).put(EDITIONS)
                .then().extract().response();
    }

    public void reset() {
        set("en");
    }

    public static Map<String, Object> body(String... editions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String edition : editions) {
            String[] parts = edition.split(">");
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("language", parts[0]);
            item.put("fallback", parts.length > 1 ? parts[1] : null);
            list.add(item);
        }
        return Map.of("defaultLanguage", editions[0].split(">")[0], "editions", list);
    }
}
