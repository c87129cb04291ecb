package dev.newsdesk.seo;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.author.Author;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SEO and social metadata of articles and sections: defaults, overrides, validation and the JSON-LD. */
@QuarkusTest
class SeoMetadataTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void withoutOverridesAnArticleTakesItsHeadlineStandfirstAndLeadPhoto() {
        Section section = fixtures.section("Defaults");
        MediaAsset photo = fixtures.photo("Photo : Default Agency");
        Article article = fixtures.article(section).headline("Ferry adds night crossings")
                .standfirst("Three a week from May.").leadMedia(photo).create();
        Response answer = api().get("/api/v1/articles/{id}", article.getId()).then().statusCode(200).extract().response();

        Map<String, Object> seo = new HashMap<>();
        seo.put("title", "Ferry adds night crossings");
        seo.put("description", "Three a week from May.");
        seo.put("socialImage", answer.path("leadMedia"));
        seo.put("robots", List.of());
        seo.put("canonicalUrl", baseUrl() + "/" + section.getSlug() + "/" + article.getSlug());
        assertEquals(seo, answer.path("seo"));
    }

    @Test
    void editorsOverrideEachFieldAndNullBringsTheDefaultBack() {
        Section section = fixtures.section("Overrides");
        MediaAsset social = fixtures.photo("Photo : Social Agency");
        Response created = editorial.createDraft(section, "Harbour reopens");
        String id = created.path("id");
        String etag = editorial.publishNow(id, created.header("ETag"));
        Map<String, Object> seo = new LinkedHashMap<>();
        seo.put("title", "Harbour <b>reopens</b> after the storm");
        seo.put("description", "Ships are back in Busan.");
        seo.put("socialImageId", social.getId().toString());
        seo.put("robots", List.of("noindex", "nofollow"));
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("seo", seo)).patch(ARTICLE, id).then().statusCode(200)
                .body("seo", equalTo(Map.of("title", "Harbour reopens after the storm",
                        "description", "Ships are back in Busan.", "socialImageId", social.getId().toString(),
                        "robots", List.of("noindex", "nofollow"))));

        api().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("seo.title", equalTo("Harbour reopens after the storm"))
                .body("seo.description", equalTo("Ships are back in Busan."))
                .body("seo.socialImage.id", equalTo(social.getId().toString()))
                .body("seo.socialImage.credit", equalTo("Photo : Social Agency"))
                .body("seo.robots", equalTo(List.of("noindex", "nofollow")));

        Map<String, Object> clear = new HashMap<>();
        clear.put("title", null);
        clear.put("robots", List.of());
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("seo", clear)).patch(ARTICLE, id).then().statusCode(200);
        api().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("seo.title", equalTo("Harbour reopens"))
                .body("seo.description", equalTo("Ships are back in Busan."))
                .body("seo.robots", equalTo(List.of()));
    }

    @Test
    void robotsDirectivesAreValidatedAndTheFieldIsNamed() {
        Section section = fixtures.section("Robots");
        Map<String, Object> body = editorial.draftBody(section, "Robots");
        body.put("seo", Map.of("robots", List.of("noindex", "sometimes")));
        editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("UNPROCESSABLE"))
                .body("errors", equalTo(List.of(Map.of("pointer", "/seo/robots/1", "message", Robots.MESSAGE))));

        body.put("seo", Map.of("robots", List.of("index", "noindex")));
        editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/articles")
                .then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/seo/robots",
                        "message", "index and noindex contradict each other"))));

        body.put("seo", Map.of("title", "x".repeat(201), "socialImageId", "8a0c0c41-0000-3000-8000-000000000000"));
        editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/articles")
                .then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/seo/title", "message", "size must be between 0 and 200"))));
        body.put("seo", Map.of("socialImageId", "8a0c0c41-0000-3000-8000-000000000000"));
        editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/articles")
                .then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/seo/socialImageId",
                        "message", "no media asset has id 8a0c0c41-0000-3000-8000-000000000000"))));
    }

    @Test
    void includeJsonLdGivesTheNewsArticleOfTheArticle() {
        Section section = fixtures.section("Structured");
        Author first = fixtures.author("Park Min-ji");
        Author second = fixtures.author("Yoon Hye-jin");
        MediaAsset photo = fixtures.photo("Photo : Harbour Light Agency");
        Instant written = Instant.parse("2019-04-25T09:38:40Z");
        Instant updated = Instant.parse("2019-04-25T12:08:35Z");
        Article article = fixtures.article(section).headline("Ports agree on emissions reporting")
                .standfirst("Eleven authorities back one method.").authors(first, second).leadMedia(photo)
                .firstPublishedAt(written).updatedAt(updated).create();
        String base = baseUrl();
        String name = api().get("/api/v1/site").then().extract().path("name");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("@context", "https://schema.org");
        expected.put("@type", "NewsArticle");
        expected.put("headline", "Ports agree on emissions reporting");
        expected.put("description", "Eleven authorities back one method.");
        expected.put("image", List.of(photo.getUrl()));
        expected.put("inLanguage", "en");
        expected.put("datePublished", "2019-04-25T18:38:40+09:00");
        expected.put("dateModified", "2019-04-25T21:08:35+09:00");
        expected.put("author", List.of(
                Map.of("@type", "Person", "name", "Park Min-ji", "url", base + "/authors/" + first.getSlug()),
                Map.of("@type", "Person", "name", "Yoon Hye-jin", "url", base + "/authors/" + second.getSlug())));
        expected.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", name, "url", base));
        expected.put("mainEntityOfPage", Map.of("@type", "WebPage",
                "@id", base + "/" + section.getSlug() + "/" + article.getSlug()));
        String json = api().queryParam("include", "jsonLd").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200).extract().body().asString();
        Map<String, Object> jsonLd = io.restassured.path.json.JsonPath.from(json).getMap("included.jsonLd");
        assertEquals(expected, jsonLd);
        // In this order, as written into the page.
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(jsonLd.keySet()));

        // On lists too, beside the summaries.
        api().queryParam("section", section.getSlug()).queryParam("include", "jsonLd").get("/api/v1/articles")
                .then().statusCode(200).body("data[0].included.jsonLd.headline",
                        equalTo("Ports agree on emissions reporting"));
    }

    @Test
    void aSectionHasItsOwnSeoWithNameAndDescriptionAsDefaults() {
        Section section = fixtures.section("Culture");
        MediaAsset social = fixtures.photo("Photo : Culture Desk");
        api().get("/api/v1/sections/{slug}", section.getSlug()).then().statusCode(200)
                .body("seo", equalTo(seo("Culture", "About Culture", null, List.of(),
                        baseUrl() + "/" + section.getSlug())));

        Map<String, Object> request = new HashMap<>();
        request.put("slug", section.getSlug());
        request.put("name", "Culture");
        request.put("position", 1);
        request.put("seo", Map.of("title", "Culture and arts", "socialImageId", social.getId().toString(),
                "robots", List.of("noarchive")));
        editorial.admin().contentType("application/json").header("If-Match", "*").body(request)
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(200)
                .body("seo", equalTo(seoInput("Culture and arts", null, social.getId().toString(),
                        List.of("noarchive"))));
        api().get("/api/v1/sections/{slug}", section.getSlug()).then().statusCode(200)
                .body("seo.title", equalTo("Culture and arts"))
                .body("seo.description", equalTo(null))
                .body("seo.socialImage.id", equalTo(social.getId().toString()))
                .body("seo.robots", equalTo(List.of("noarchive")));

        request.put("seo", Map.of("robots", List.of("follow", "nofollow")));
        editorial.admin().contentType("application/json").header("If-Match", "*").body(request)
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/seo/robots",
                        "message", "follow and nofollow contradict each other"))));

        // The image stays while the section shares it.
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/media/{id}", social.getId())
                .then().statusCode(409).body("detail", equalTo("Media " + social.getId()
                        + " is the social image of a section"));
    }

    @Test
    void aMediaAssetSharedAsAnArticlesSocialImageCannotBeDeleted() {
        Section section = fixtures.section("Guard");
        MediaAsset social = fixtures.photo("Photo : Guard");
        Map<String, Object> body = editorial.draftBody(section, "Guarded");
        body.put("seo", Map.of("socialImageId", social.getId().toString()));
        editorial.editor().contentType("application/json").body(body).post("/api/v1/editorial/articles")
                .then().statusCode(201);
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/media/{id}", social.getId())
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
    }

    private static Map<String, Object> seo(String title, String description, Object image, List<String> robots,
                                           String url) {
        Map<String, Object> seo = new HashMap<>();
        seo.put("title", title);
        seo.put("description", description);
        seo.put("socialImage", image);
        seo.put("robots", robots);
        seo.put("canonicalUrl", url);
        return seo;
    }

    private static Map<String, Object> seoInput(String title, String description, String imageId, List<String> robots) {
        Map<String, Object> seo = new HashMap<>();
        seo.put("title", title);
        seo.put("description", description);
        seo.put("socialImageId", imageId);
        seo.put("robots", robots);
        return seo;
    }

    private static String baseUrl() {
        return api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
    }
}
