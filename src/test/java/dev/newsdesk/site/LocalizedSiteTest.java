package dev.newsdesk.site;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Site name, menu labels, notices and section names per edition, with fallback along the edition's chain. */
@QuarkusTest
class LocalizedSiteTest {

    private static final String SITE = "/api/v1/editorial/site";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    EditionFixtures editions;

    @BeforeEach
    void editions() {
        editions.set("en", "ko>en", "ja>ko", "vi");
    }

    @AfterEach
    void oneEdition() {
        editions.reset();
    }

    @Test
    void readersGetTheSiteInTheirEditionFallingBackAlongTheChain() {
        Section world = fixtures.section("World");
        String sectionEtag = editorial.etagOf("sections", world.getId());
        editorial.admin().contentType("application/json").header("If-Match", sectionEtag)
                .body(Map.of("slug", world.getSlug(), "name", "World", "description", "Abroad", "position", 1,
                        "translations", Map.of("ko", Map.of("name", "국제", "description", "해외 소식"))))
                .put("/api/v1/editorial/sections/{id}", world.getId()).then().statusCode(200)
                .body("translations", equalTo(Map.of("ko", Map.of("name", "국제", "description", "해외 소식"))));

        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("key", "cookie-consent");
        notice.put("text", "We use cookies.");
        notice.put("linkLabel", "Cookie policy");
        notice.put("linkUrl", "/cookies");
        notice.put("dismissible", true);
        notice.put("translations", Map.of("ko", Map.of("text", "쿠키를 사용합니다.", "linkLabel", "쿠키 정책")));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", "The Herald");
        settings.put("baseUrl", "https://herald.example.com");
        settings.put("defaultLanguage", "en");
        settings.put("navigation", List.of(Map.of("label", "World", "section", world.getSlug(),
                        "labels", Map.of("ko", "국제", "ja", "国際")),
                Map.of("label", "Shop", "url", "https://shop.example.com")));
        settings.put("notices", List.of(notice));
        settings.put("translations", Map.of("ko", Map.of("name", "헤럴드")));
        editorial.admin().contentType("application/json").header("If-Match", "*").body(settings).put(SITE)
                .then().statusCode(200).body("name", equalTo("The Herald"));
        editorial.admin().get(SITE).then().statusCode(200)
                .body("translations", equalTo(Map.of("ko", Map.of("name", "헤럴드"))))
                .body("navigation[0].labels", equalTo(Map.of("ko", "국제", "ja", "国際")))
                .body("notices[0].translations.ko.text", equalTo("쿠키를 사용합니다."));

        api().queryParam("lang", "ko").get("/api/v1/site").then().statusCode(200)
                .header("Content-Language", "ko")
                .body("name", equalTo("헤럴드"))
                .body("navigation.label", contains("국제", "Shop"))
                .body("navigation[0].section.name", equalTo("국제"))
                .body("notices[0].text", equalTo("쿠키를 사용합니다."))
                .body("notices[0].linkLabel", equalTo("쿠키 정책"))
                .body("notices[0].linkUrl", equalTo("/cookies"))
                .body("notices[0].translations", equalTo(null));
        // ja falls back to ko where it has no text of its own, vi (no fallback) to the default's.
        api().header("Accept-Language", "ja").get("/api/v1/site").then().statusCode(200)
                .header("Content-Language", "ja")
                .header("Vary", "Accept, Accept-Encoding, Accept-Language")
                .body("name", equalTo("헤럴드"))
                .body("navigation.label", contains("国際", "Shop"))
                .body("notices[0].text", equalTo("쿠키를 사용합니다."));
        api().queryParam("lang", "vi").get("/api/v1/site").then().statusCode(200)
                .body("name", equalTo("The Herald"))
                .body("navigation.label", contains("World", "Shop"))
                .body("notices[0].text", equalTo("We use cookies."));
        Response english = api().get("/api/v1/site").then().statusCode(200)
                .header("Content-Language", "en").body("name", equalTo("The Herald"))
                .body("notices[0].text", equalTo("We use cookies.")).extract().response();
        api().queryParam("lang", "ko").header("If-None-Match", english.header("ETag")).get("/api/v1/site")
                .then().statusCode(200);

        api().queryParam("lang", "ja").get("/api/v1/sections/{slug}", world.getSlug()).then().statusCode(200)
                .header("Content-Language", "ja")
                .body("name", equalTo("국제")).body("description", equalTo("해외 소식"));
        api().queryParam("lang", "ko").get("/api/v1/sections").then().statusCode(200);
        // An article embeds its section in its own language.
        String id = editorial.createDraft(world, "Ferry").path("id");
        editorial.publishNow(id, editorial.etag(id));
        String ko = editorial.editor().contentType("application/json")
                .body(Map.of("language", "ko", "slug", Fixtures.unique("ferry-ko")))
                .post("/api/v1/editorial/articles/{id}/translations", id).then().statusCode(201).extract().path("id");
        editorial.publishNow(ko, editorial.etag(ko));
        api().get("/api/v1/articles/{id}", ko).then().statusCode(200).body("section.name", equalTo("국제"));
        api().get("/api/v1/articles/{id}", id).then().statusCode(200).body("section.name", equalTo("World"));
    }

    @Test
    void translationsForLanguagesThatAreNoEditionOrTheDefaultAreRefused() {
        Section world = fixtures.section("World");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", "The Herald");
        settings.put("baseUrl", "https://herald.example.com");
        settings.put("defaultLanguage", "en");
        settings.put("navigation", List.of(Map.of("label", "World", "section", world.getSlug(),
                "labels", Map.of("fr", "Monde"))));
        settings.put("notices", List.of(Map.of("key", "cookie-consent", "text", "We use cookies.",
                "dismissible", true, "translations", Map.of("en", Map.of("text", "Cookies.")))));
        settings.put("translations", Map.of("de", Map.of("name", "Der Herold")));
        editorial.admin().contentType("application/json").header("If-Match", "*").body(settings).put(SITE)
                .then().statusCode(422)
                .body("errors.pointer", contains("/navigation/0/labels/fr", "/notices/0/translations/en",
                        "/translations/de"))
                .body("errors.message", contains("must be one of the editions en, ko, ja, vi",
                        "the default edition's text is the field itself", "must be one of the editions en, ko, ja, vi"));
        editorial.admin().contentType("application/json").header("If-Match", editorial.etagOf("sections", world.getId()))
                .body(Map.of("slug", world.getSlug(), "name", "World", "position", 1,
                        "translations", Map.of("xx", Map.of("name", "?"))))
                .put("/api/v1/editorial/sections/{id}", world.getId()).then().statusCode(422)
                .body("errors.pointer", contains("/translations/xx"));
    }
}
