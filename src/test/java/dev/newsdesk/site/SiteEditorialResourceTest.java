package dev.newsdesk.site;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteEditorialResourceTest {

    private static final String SITE = "/api/v1/editorial/site";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    private static Map<String, Object> site(String name, List<Map<String, Object>> navigation) {
        return Map.of("name", name, "baseUrl", "https://news.example.com", "defaultLanguage", "en",
                "navigation", navigation,
                "notices", List.of(Map.of("key", "cookie-consent", "text", "We use cookies.",
                        "linkLabel", "Cookie policy", "linkUrl", "/cookie-policy", "dismissible", false)));
    }

    @Test
    void adminReplacesTheSiteSettingsAndReadersSeeThem() {
        Section section = fixtures.section("Politics");
        String name = Fixtures.unique("Daily");
        editorial.admin().contentType("application/json")
                .body(site(name, List.of(Map.of("label", "Politics", "section", section.getSlug()),
                        Map.of("label", "Shop", "url", "https://shop.example.com"))))
                .put(SITE).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("name", equalTo(name))
                .body("navigation.href", contains("/" + section.getSlug(), "https://shop.example.com"));

        api().get("/api/v1/site").then().statusCode(200)
                .body("name", equalTo(name))
                .body("notices[0].dismissible", equalTo(false))
                .body("notices[0].linkUrl", equalTo("/cookie-policy"));
    }

    @Test
    void onlyAdminsMayAndBadSettingsChangeNothing() {
        Section section = fixtures.section("Guarded menu");
        String before = Fixtures.unique("Before");
        editorial.admin().contentType("application/json").body(site(before, List.of())).put(SITE)
                .then().statusCode(200);

        api().contentType("application/json").body(site("Anonymous", List.of())).put(SITE)
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        editorial.publisher().contentType("application/json").body(site("Publisher", List.of())).put(SITE)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        editorial.admin().contentType("application/json")
                .body(site("Broken", List.of(Map.of("label", "Both", "section", section.getSlug(),
                        "url", "https://x.example.com"), Map.of("label", "Missing", "section", "no-such-section-x"))))
                .put(SITE).then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/navigation/0", "/navigation/1/section"));
        editorial.admin().contentType("application/json")
                .body(Map.of("name", "", "baseUrl", "ftp://x", "defaultLanguage", "english",
                        "navigation", List.of(), "notices", List.of()))
                .put(SITE).then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/name", "/baseUrl", "/defaultLanguage"));

        api().get("/api/v1/site").then().statusCode(200).body("name", equalTo(before));
    }
}
