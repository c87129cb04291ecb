package dev.newsdesk.site;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
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
        anyVersion()
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
        anyVersion().body(site(before, List.of()))
                .put(SITE)
                .then().statusCode(200);

        api().contentType("application/json").body(site("Anonymous", List.of())).put(SITE)
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        editorial.publisher().contentType("application/json").body(site("Publisher", List.of())).put(SITE)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        api().get(SITE).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        editorial.publisher().get(SITE).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        anyVersion()
                .body(site("Broken", List.of(Map.of("label", "Both", "section", section.getSlug(),
                        "url", "https://x.example.com"), Map.of("label", "Missing", "section", "no-such-section-x"))))
                .put(SITE).then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/navigation/0", "/navigation/1/section"));
        anyVersion()
                .body(Map.of("name", "", "baseUrl", "ftp://x", "defaultLanguage", "english",
                        "navigation", List.of(), "notices", List.of()))
                .put(SITE).then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/name", "/baseUrl", "/defaultLanguage"));

        api().get("/api/v1/site").then().statusCode(200).body("name", equalTo(before));
    }

    @Test
    void adminsReadTheStoredSettingsChangeOneThingAndSendThemBack() {
        Section politics = fixtures.section("Stored politics");
        String name = Fixtures.unique("Round trip");
        List<Map<String, Object>> menu = List.of(
                Map.of("label", "Politics", "section", politics.getSlug(),
                        "children", List.of(Map.of("label", "Shop", "url", "https://shop.example.com"))));
        Map<String, Object> logo = Map.of("url", "https://news.example.com/logo.png", "width", 600, "height", 60);
        anyVersion().body(withLogo(name, menu, logo)).put(SITE).then().statusCode(200);

        Response read = editorial.admin().get(SITE);
        read.then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("name", equalTo(name))
                .body("baseUrl", equalTo("https://news.example.com"))
                .body("defaultLanguage", equalTo("en"))
                .body("navigation", equalTo(storedMenu(politics)))
                .body("notices", equalTo(List.of(Map.of("key", "cookie-consent", "text", "We use cookies.",
                        "linkLabel", "Cookie policy", "linkUrl", "/cookie-policy", "dismissible", false))))
                .body("publisherLogo", equalTo(logo))
                .body("updatedAt", endsWith("+09:00"));
        String etag = read.header("ETag");

        Map<String, Object> changed = new HashMap<>(read.as(new TypeRef<Map<String, Object>>() { }));
        changed.remove("updatedAt");
        changed.put("name", name + " (renamed)");
        String newEtag = editorial.admin().contentType("application/json").header("If-Match", etag).body(changed)
                .put(SITE).then().statusCode(200)
                .body("name", equalTo(name + " (renamed)"))
                .body("navigation.label", contains("Politics"))
                .body("publisherLogo", equalTo(logo))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);
        editorial.admin().get(SITE).then().statusCode(200).header("ETag", equalTo(newEtag))
                .body("navigation", equalTo(storedMenu(politics)));

        // The ETag read before the rename is stale now; without one the write is refused too. Nothing changes.
        changed.put("name", "Lost update");
        editorial.admin().contentType("application/json").header("If-Match", etag).body(changed).put(SITE)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        editorial.admin().contentType("application/json").body(changed).put(SITE)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"))
                .body("errors.parameter", contains("If-Match"));
        api().get("/api/v1/site").then().statusCode(200).body("name", equalTo(name + " (renamed)"));
    }

    /** The menu as stored: every field of an entry, absent ones as null. */
    private static List<Map<String, Object>> storedMenu(Section politics) {
        Map<String, Object> shop = new HashMap<>();
        shop.put("label", "Shop");
        shop.put("section", null);
        shop.put("url", "https://shop.example.com");
        shop.put("children", null);
        Map<String, Object> entry = new HashMap<>();
        entry.put("label", "Politics");
        entry.put("section", politics.getSlug());
        entry.put("url", null);
        entry.put("children", List.of(shop));
        return List.of(entry);
    }

    @Test
    void thePublisherLogoIsCheckedStoredAndShownInTheArticlesJsonLd() {
        Section section = fixtures.section("Logo desk");
        Article article = fixtures.article(section).headline("With a logo").create();
        String name = Fixtures.unique("Logo Daily");
        Map<String, Object> logo = Map.of("url", "https://news.example.com/logo-600x60.png", "width", 600,
                "height", 60);
        try {
            anyVersion().body(withLogo(name, logo)).put(SITE).then()
                    .statusCode(200).body("publisherLogo", equalTo(logo));
            api().get("/api/v1/site").then().statusCode(200).body("publisherLogo", equalTo(logo));
            api().queryParam("include", "jsonLd").get("/api/v1/articles/{id}", article.getId()).then()
                    .statusCode(200).body("included.jsonLd.publisher", equalTo(Map.of(
                            "@type", "NewsMediaOrganization", "name", name, "url", "https://news.example.com",
                            "logo", Map.of("@type", "ImageObject", "url", "https://news.example.com/logo-600x60.png",
                                    "width", 600, "height", 60))));
            // 60 px high is enough; the other side may be narrower.
            Map<String, Object> narrow = Map.of("url", "https://news.example.com/logo.png", "width", 240, "height", 60);
            anyVersion().body(withLogo(name, narrow)).put(SITE).then()
                    .statusCode(200).body("publisherLogo", equalTo(narrow));

            // Outside Google's 600x60 box, or filling neither side, or no absolute URL: 422 naming the field.
            anyVersion().body(withLogo("Bad", Map.of("url",
                    "https://news.example.com/logo.png", "width", 601, "height", 61))).put(SITE).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.pointer", containsInAnyOrder("/publisherLogo/width", "/publisherLogo/height"));
            anyVersion().body(withLogo("Bad", Map.of("url",
                    "https://news.example.com/logo.png", "width", 300, "height", 40))).put(SITE).then()
                    .statusCode(422).body("errors.pointer", contains("/publisherLogo"));
            anyVersion().body(withLogo("Bad", Map.of("url", "/logo.png",
                    "width", 600, "height", 60))).put(SITE).then()
                    .statusCode(422).body("errors.pointer", contains("/publisherLogo/url"));
            anyVersion().body(withLogo("Bad", Map.of("url",
                    "https://news.example.com/logo.png", "width", 600))).put(SITE).then()
                    .statusCode(422).body("errors.pointer", contains("/publisherLogo/height"));
            api().get("/api/v1/site").then().statusCode(200).body("name", equalTo(name))
                    .body("publisherLogo", equalTo(narrow));
        } finally {
            // Settings sent without a logo have none: the JSON-LD publisher then has no logo key.
            anyVersion().body(site(name, List.of()))
                    .put(SITE).then()
                    .statusCode(200).body("publisherLogo", nullValue());
        }
        api().queryParam("include", "jsonLd").get("/api/v1/articles/{id}", article.getId()).then()
                .statusCode(200).body("included.jsonLd.publisher", equalTo(Map.of(
                        "@type", "NewsMediaOrganization", "name", name, "url", "https://news.example.com")));
    }

    /** An admin's request that overwrites whatever version is there. */
    private RequestSpecification anyVersion() {
        return editorial.admin().contentType("application/json").header("If-Match", "*");
    }

    private static Map<String, Object> withLogo(String name, Map<String, Object> logo) {
        return withLogo(name, List.of(), logo);
    }

    private static Map<String, Object> withLogo(String name, List<Map<String, Object>> navigation,
                                                Map<String, Object> logo) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(site(name, navigation));
        body.put("publisherLogo", logo);
        return body;
    }
}
