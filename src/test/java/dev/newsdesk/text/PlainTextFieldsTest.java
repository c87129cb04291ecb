package dev.newsdesk.text;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every plain-text field, through its editorial endpoint: markup and entity-encoded markup are both removed before
 * storing, so nothing served can turn back into a tag; a required field that was only markup is a 422 naming it.
 */
@QuarkusTest
class PlainTextFieldsTest {

    /** Entity-encoded markup: jsoup's text() alone decoded it into a live script tag. */
    private static final String ENCODED = "&lt;script&gt;alert(1)&lt;/script&gt; Port reopens";
    private static final String CLEAN = "Port reopens";
    private static final String ONLY_MARKUP = "<i></i>";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void articleTextsLoseEncodedMarkup() {
        Section section = fixtures.section("Plain");
        MediaAsset photo = fixtures.photo("Photo : Test Agency");
        Map<String, Object> body = editorial.draftBody(section, ENCODED);
        body.put("standfirst", "<b>Dock</b> &amp;lt;b&amp;gt;workers&amp;lt;/b&amp;gt; return");
        body.put("body", List.of(
                Map.of("type", "quote", "html", "We are ready.", "attribution", "&lt;i&gt;A captain&lt;/i&gt;"),
                Map.of("type", "image", "mediaId", photo.getId().toString(), "caption", "&lt;img src=x&gt;The quay")));
        String id = editorial.editor().contentType("application/json").body(body)
                .post("/api/v1/editorial/articles").then().statusCode(201)
                .body("headline", equalTo(CLEAN))
                .body("standfirst", equalTo("Dock workers return"))
                .body("body[0].attribution", equalTo("A captain"))
                .body("body[1].caption", equalTo("The quay"))
                .extract().path("id");
        editorial.editor().get("/api/v1/editorial/articles/{id}", id).then().statusCode(200)
                .body("headline", equalTo(CLEAN));
    }

    @Test
    void articleHeadlineOfOnlyMarkupIsRefused() {
        Section section = fixtures.section("Plain");
        Map<String, Object> body = editorial.draftBody(section, ONLY_MARKUP);
        body.put("standfirst", "&lt;b&gt;&lt;/b&gt;");
        refused(editorial.editor(), body, "post", "/api/v1/editorial/articles", "/headline");
        body.put("headline", "Kept");
        editorial.editor().contentType("application/json").body(body)
                .post("/api/v1/editorial/articles").then().statusCode(201)
                .body("standfirst", nullValue());
    }

    @Test
    void authorAndTagNamesLoseEncodedMarkup() {
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("author"), "name", ENCODED, "title", "&lt;b&gt;Reporter&lt;/b&gt;",
                        "bio", "<p>Docks</p> &amp;lt;i&amp;gt;"))
                .post("/api/v1/editorial/authors").then().statusCode(201)
                .body("name", equalTo(CLEAN)).body("title", equalTo("Reporter")).body("bio", equalTo("Docks"));
        refused(editorial.admin(), Map.of("slug", Fixtures.unique("author"), "name", ONLY_MARKUP),
                "post", "/api/v1/editorial/authors", "/name");

        editorial.editor().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("tag"), "name", ENCODED, "type", "place"))
                .post("/api/v1/editorial/tags").then().statusCode(201).body("name", equalTo(CLEAN));
        refused(editorial.editor(), Map.of("slug", Fixtures.unique("tag"), "name", ONLY_MARKUP, "type", "place"),
                "post", "/api/v1/editorial/tags", "/name");
    }

    @Test
    void sectionAndMediaTextsLoseEncodedMarkup() {
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", Fixtures.unique("section"), "name", ENCODED,
                        "description", "<em>About</em> &lt;u&gt;ports&lt;/u&gt;"))
                .post("/api/v1/editorial/sections").then().statusCode(201)
                .body("name", equalTo(CLEAN)).body("description", equalTo("About ports"));
        refused(editorial.admin(), Map.of("slug", Fixtures.unique("section"), "name", ONLY_MARKUP),
                "post", "/api/v1/editorial/sections", "/name");

        Map<String, Object> media = new LinkedHashMap<>(Map.of("type", "image",
                "url", "https://media.example.com/plain.jpg", "width", 1200, "height", 800,
                "focalPoint", Map.of("x", 0.5, "y", 0.5)));
        media.put("altText", "&lt;b&gt;A quay&lt;/b&gt;");
        media.put("caption", ENCODED);
        media.put("credit", "&lt;a href=x&gt;Harbour Light Agency&lt;/a&gt;");
        media.put("copyright", "<b>© 2019</b>");
        media.put("source", "&lt;i&gt;Agency&lt;/i&gt;");
        editorial.editor().contentType("application/json").body(media)
                .post("/api/v1/editorial/media").then().statusCode(201)
                .body("altText", equalTo("A quay")).body("caption", equalTo(CLEAN))
                .body("credit", equalTo("Harbour Light Agency")).body("copyright", equalTo("© 2019"))
                .body("source", equalTo("Agency"));
    }

    @Test
    void collectionAndSiteTextsLoseEncodedMarkup() {
        String slug = Fixtures.unique("pick");
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", slug, "name", ENCODED, "description", "&lt;b&gt;Picked&lt;/b&gt;",
                        "articleIds", List.of()))
                .post("/api/v1/editorial/collections").then().statusCode(201)
                .body("name", equalTo(CLEAN)).body("description", equalTo("Picked"));
        refused(editorial.admin(), Map.of("slug", Fixtures.unique("pick"), "name", ONLY_MARKUP,
                "articleIds", List.of()), "post", "/api/v1/editorial/collections", "/name");

        Map<String, Object> site = site(ENCODED, "&lt;b&gt;Shop&lt;/b&gt;", "&lt;i&gt;We use cookies.&lt;/i&gt;");
        editorial.admin().contentType("application/json").header("If-Match", "*").body(site)
                .put("/api/v1/editorial/site")
                .then().statusCode(200);
        api().get("/api/v1/site").then().statusCode(200)
                .body("name", equalTo(CLEAN))
                .body("navigation[0].label", equalTo("Shop"))
                .body("notices[0].text", equalTo("We use cookies."))
                .body("notices[0].linkLabel", equalTo("Cookie policy"));
        refused(editorial.admin(), site(ONLY_MARKUP, "Shop", "Text"), "put", "/api/v1/editorial/site", "/name");
        refused(editorial.admin(), site("Site", "<b></b>", "Text"), "put", "/api/v1/editorial/site",
                "/navigation/0/label");
        refused(editorial.admin(), site("Site", "Shop", "&lt;i&gt;&lt;/i&gt;"), "put", "/api/v1/editorial/site",
                "/notices/0/text");
        api().get("/api/v1/site").then().statusCode(200).body("name", equalTo(CLEAN));
    }

    private static Map<String, Object> site(String name, String menuLabel, String noticeText) {
        return Map.of("name", name, "baseUrl", "https://news.example.com", "defaultLanguage", "en",
                "navigation", List.of(Map.of("label", menuLabel, "url", "https://shop.example.com")),
                "notices", List.of(Map.of("key", "cookie-consent", "text", noticeText,
                        "linkLabel", "&lt;b&gt;Cookie policy&lt;/b&gt;", "linkUrl", "/cookie-policy",
                        "dismissible", true)));
    }

    private static void refused(RequestSpecification as, Map<String, Object> body, String method, String path,
                                String pointer) {
        as.contentType("application/json").body(body).request(method, path).then().statusCode(422)
                .body("code", equalTo("UNPROCESSABLE"))
                .body("errors.pointer", equalTo(List.of(pointer)));
    }
}
