package dev.newsdesk.site;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.article.Article;
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

    @Test
    void thePublisherLogoIsCheckedStoredAndShownInTheArticlesJsonLd() {
        Section section = fixtures.section("Logo desk");
        Article article = fixtures.article(section).headline("With a logo").create();
        String name = Fixtures.unique("Logo Daily");
        Map<String, Object> logo = Map.of("url", "https://news.example.com/logo-600x60.png", "width", 600,
                "height", 60);
        try {
            editorial.admin().contentType("application/json").body(withLogo(name, logo)).put(SITE).then()
                    .statusCode(200).body("publisherLogo", equalTo(logo));
            api().get("/api/v1/site").then().statusCode(200).body("publisherLogo", equalTo(logo));
            api().queryParam("include", "jsonLd").get("/api/v1/articles/{id}", article.getId()).then()
                    .statusCode(200).body("included.jsonLd.publisher", equalTo(Map.of(
                            "@type", "NewsMediaOrganization", "name", name, "url", "https://news.example.com",
                            "logo", Map.of("@type", "ImageObject", "url", "https://news.example.com/logo-600x60.png",
                                    "width", 600, "height", 60))));
            // 60 px high is enough; the other side may be narrower.
            Map<String, Object> narrow = Map.of("url", "https://news.example.com/logo.png", "width", 240, "height", 60);
            editorial.admin().contentType("application/json").body(withLogo(name, narrow)).put(SITE).then()
                    .statusCode(200).body("publisherLogo", equalTo(narrow));

            // Outside Google's 600x60 box, or filling neither side, or no absolute URL: 422 naming the field.
            editorial.admin().contentType("application/json").body(withLogo("Bad", Map.of("url",
                    "https://news.example.com/logo.png", "width", 601, "height", 61))).put(SITE).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.pointer", containsInAnyOrder("/publisherLogo/width", "/publisherLogo/height"));
            editorial.admin().contentType("application/json").body(withLogo("Bad", Map.of("url",
                    "https://news.example.com/logo.png", "width", 300, "height", 40))).put(SITE).then()
                    .statusCode(422).body("errors.pointer", contains("/publisherLogo"));
            editorial.admin().contentType("application/json").body(withLogo("Bad", Map.of("url", "/logo.png",
                    "width", 600, "height", 60))).put(SITE).then()
                    .statusCode(422).body("errors.pointer", contains("/publisherLogo/url"));
            editorial.admin().contentType("application/json").body(withLogo("Bad", Map.of("url",
                    "https://news.example.com/logo.png", "width", 600))).put(SITE).then()
                    .statusCode(422).body("errors.pointer", contains("/publisherLogo/height"));
            api().get("/api/v1/site").then().statusCode(200).body("name", equalTo(name))
                    .body("publisherLogo", equalTo(narrow));
        } finally {
            // Settings sent without a logo have none: the JSON-LD publisher then has no logo key.
            editorial.admin().contentType("application/json").body(site(name, List.of())).put(SITE).then()
                    .statusCode(200).body("publisherLogo", nullValue());
        }
        api().queryParam("include", "jsonLd").get("/api/v1/articles/{id}", article.getId()).then()
                .statusCode(200).body("included.jsonLd.publisher", equalTo(Map.of(
                        "@type", "NewsMediaOrganization", "name", name, "url", "https://news.example.com")));
    }

    private static Map<String, Object> withLogo(String name, Map<String, Object> logo) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(site(name, List.of()));
        body.put("publisherLogo", logo);
        return body;
    }
}
