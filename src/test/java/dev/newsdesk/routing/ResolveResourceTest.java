package dev.newsdesk.routing;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.author.Author;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResolveResourceTest {

    private static final String RESOLVE = "/api/v1/resolve";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void aSectionAndASubsectionResolveToThemselves() {
        Section parent = fixtures.section("World");
        Section child = fixtures.section("Asia", parent, 1);
        String path = "/" + parent.getSlug() + "/" + child.getSlug();

        assertEquals(page("section", child.getId().toString(), path, "/api/v1/sections/" + child.getSlug(), null),
                resolve(path));
        assertEquals(page("section", parent.getId().toString(), "/" + parent.getSlug(),
                "/api/v1/sections/" + parent.getSlug(), null), resolve("/" + parent.getSlug()));
    }

    @Test
    void aCurrentArticlePathResolvesToTheArticleWithItsAbsoluteUrl() {
        Section section = fixtures.section("Harbour");
        Article article = fixtures.article(section).create();
        String path = "/" + section.getSlug() + "/" + article.getSlug();

        api().queryParam("path", path).get(RESOLVE).then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=60, stale-if-error=3600"))
                .header("ETag", org.hamcrest.Matchers.startsWith("\""));
        assertEquals(page("article", article.getId().toString(), path, "/api/v1/articles/" + article.getId(), null),
                resolve(path));
    }

    @Test
    void authorsTagsAndCollectionsHaveFixedFirstSegments() {
        Author author = fixtures.author("Kim Ji-ho");
        Tag tag = fixtures.tag("Ferries", TagType.TOPIC);
        Section section = fixtures.section("Picks");
        Article article = fixtures.article(section).create();
        String collection = Fixtures.unique("picks");
        editorial.admin().contentType("application/json")
                .body(Map.of("slug", collection, "name", "Picks", "articleIds", List.of(article.getId().toString())))
                .post("/api/v1/editorial/collections").then().statusCode(201);
        String collectionId = api().get("/api/v1/collections/{slug}", collection).then().statusCode(200)
                .extract().path("id");

        assertEquals(page("author", author.getId().toString(), "/authors/" + author.getSlug(),
                "/api/v1/authors/" + author.getSlug(), null), resolve("/authors/" + author.getSlug()));
        assertEquals(page("tag", tag.getId().toString(), "/tags/" + tag.getSlug(), "/api/v1/tags/" + tag.getSlug(),
                null), resolve("/tags/" + tag.getSlug()));
        assertEquals(page("collection", collectionId, "/collections/" + collection,
                "/api/v1/collections/" + collection, null), resolve("/collections/" + collection));
    }

    @Test
    void twoSlugChangesLeadFromEveryOldPathToTheCurrentOneInOneHop() {
        Section section = fixtures.section("Ports");
        Response created = editorial.createDraft(section, "Ferry timetable changes");
        String id = created.path("id");
        String first = created.path("slug");
        editorial.publishNow(id, created.header("ETag"));
        String second = Fixtures.unique("second");
        String third = Fixtures.unique("third");
        rename(id, second);
        rename(id, third);
        String base = "/" + section.getSlug() + "/";

        Map<String, Object> current = page("article", id, base + third, "/api/v1/articles/" + id, null);
        Map<String, Object> moved = page("article", id, base + third, "/api/v1/articles/" + id,
                Map.of("status", 301, "location", base + third));
        assertEquals(current, resolve(base + third));
        assertEquals(moved, resolve(base + first));
        assertEquals(moved, resolve(base + second));

        // The by-slug lookup follows the same history: one 301 to the current slug, query kept, then the article.
        api().redirects().follow(false).queryParam("fields", "headline").get("/api/v1/articles/by-slug/{slug}", first)
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/by-slug/" + third + "?fields=headline"))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400"));
        api().get("/api/v1/articles/by-slug/{slug}", second).then().statusCode(200)
                .body("id", equalTo(id)).body("slug", equalTo(third));
        api().get("/api/v1/articles/by-slug/{slug}", third).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void changingBackToAnOldSlugMakesItCurrentAgainWithoutALoop() {
        Section section = fixtures.section("Rail");
        Response created = editorial.createDraft(section, "Night train returns");
        String id = created.path("id");
        String first = created.path("slug");
        editorial.publishNow(id, created.header("ETag"));
        String second = Fixtures.unique("second");
        rename(id, second);
        rename(id, first);
        String base = "/" + section.getSlug() + "/";

        assertEquals(page("article", id, base + first, "/api/v1/articles/" + id, null), resolve(base + first));
        assertEquals(page("article", id, base + first, "/api/v1/articles/" + id,
                Map.of("status", 301, "location", base + first)), resolve(base + second));
        api().get("/api/v1/articles/by-slug/{slug}", first).then().statusCode(200).body("id", equalTo(id));
        api().redirects().follow(false).get("/api/v1/articles/by-slug/{slug}", second).then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/by-slug/" + first));
    }

    @Test
    void aRenamedOrMovedSectionRedirectsItsOwnPathAndItsArticles() {
        Section section = fixtures.section("Economy");
        Section other = fixtures.section("Business");
        Article article = fixtures.article(section).create();
        String oldSlug = section.getSlug();
        String newSlug = Fixtures.unique("economy");
        editorial.admin().contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", newSlug, "name", "Economy", "position", 1))
                .put("/api/v1/editorial/sections/{id}", section.getId()).then().statusCode(200);

        assertEquals(page("section", section.getId().toString(), "/" + newSlug, "/api/v1/sections/" + newSlug,
                Map.of("status", 301, "location", "/" + newSlug)), resolve("/" + oldSlug));
        assertEquals(page("article", article.getId().toString(), "/" + newSlug + "/" + article.getSlug(),
                "/api/v1/articles/" + article.getId(),
                Map.of("status", 301, "location", "/" + newSlug + "/" + article.getSlug())),
                resolve("/" + oldSlug + "/" + article.getSlug()));
        // An article under another existing section, or with a trailing slash, leads to its one canonical path.
        assertEquals(Map.of("status", 301, "location", "/" + newSlug + "/" + article.getSlug()),
                resolve("/" + other.getSlug() + "/" + article.getSlug()).get("redirect"));
        assertEquals(Map.of("status", 301, "location", "/" + newSlug + "/" + article.getSlug()),
                resolve("/" + newSlug + "/" + article.getSlug() + "/").get("redirect"));
    }

    @Test
    void unpublishedAndDeletedArticlesAreGoneUnderEveryPathTheyHad() {
        Section section = fixtures.section("Courts");
        Response created = editorial.createDraft(section, "Verdict delayed");
        String id = created.path("id");
        String first = created.path("slug");
        editorial.publishNow(id, created.header("ETag"));
        String second = Fixtures.unique("verdict");
        rename(id, second);
        editorial.publisher().contentType("application/json").header("If-Match", "*").body("{}")
                .post("/api/v1/editorial/articles/{id}/unpublish", id).then().statusCode(200);
        String base = "/" + section.getSlug() + "/";

        for (String slug : List.of(first, second)) {
            api().queryParam("path", base + slug).get(RESOLVE).then().statusCode(410)
                    .contentType("application/problem+json")
                    .body("code", equalTo("ARTICLE_UNPUBLISHED"))
                    .body("detail", equalTo("Article '" + base + slug + "' was unpublished"));
            api().get("/api/v1/articles/by-slug/{slug}", slug).then().statusCode(410)
                    .body("code", equalTo("ARTICLE_UNPUBLISHED"));
        }
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/articles/{id}", id)
                .then().statusCode(204);
        api().queryParam("path", base + first).get(RESOLVE).then().statusCode(410)
                .body("code", equalTo("ARTICLE_DELETED"));
    }

    @Test
    void anExpiredArticleIsGoneAndADraftWasNeverThere() {
        Section section = fixtures.section("Weather");
        Article expired = fixtures.article(section).expiresAt(java.time.Instant.now().minusSeconds(60)).create();
        Article draft = fixtures.article(section).status(ArticleStatus.DRAFT).firstPublishedAt(null).create();

        api().queryParam("path", "/" + section.getSlug() + "/" + expired.getSlug()).get(RESOLVE).then()
                .statusCode(410).body("code", equalTo("ARTICLE_EXPIRED"));
        api().queryParam("path", "/" + section.getSlug() + "/" + draft.getSlug()).get(RESOLVE).then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aDeletedAuthorOrTagOrCollectionIsGoneAndARenamedOneRedirects() {
        Author author = fixtures.author("Lee Seo-yeon");
        String renamed = Fixtures.unique("lee");
        editorial.publisher().contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", renamed, "name", "Lee Seo-yeon"))
                .put("/api/v1/editorial/authors/{id}", author.getId()).then().statusCode(200);
        assertEquals(page("author", author.getId().toString(), "/authors/" + renamed, "/api/v1/authors/" + renamed,
                Map.of("status", 301, "location", "/authors/" + renamed)), resolve("/authors/" + author.getSlug()));

        editorial.admin().header("If-Match", "*").delete("/api/v1/editorial/authors/{id}", author.getId())
                .then().statusCode(204);
        for (String slug : List.of(author.getSlug(), renamed)) {
            api().queryParam("path", "/authors/" + slug).get(RESOLVE).then().statusCode(410)
                    .contentType("application/problem+json")
                    .body("code", equalTo("GONE"))
                    .body("detail", equalTo("The author at '/authors/" + slug + "' was deleted"));
        }

        Tag tag = fixtures.tag("Typhoons", TagType.TOPIC);
        editorial.publisher().header("If-Match", "*").delete("/api/v1/editorial/tags/{id}", tag.getId())
                .then().statusCode(204);
        api().queryParam("path", "/tags/" + tag.getSlug()).get(RESOLVE).then().statusCode(410)
                .body("code", equalTo("GONE"));

        String collection = Fixtures.unique("gone");
        editorial.admin().contentType("application/json").body(Map.of("slug", collection, "name", "Gone"))
                .post("/api/v1/editorial/collections").then().statusCode(201);
        editorial.admin().delete("/api/v1/editorial/collections/{slug}", collection).then().statusCode(204);
        api().queryParam("path", "/collections/" + collection).get(RESOLVE).then().statusCode(410)
                .body("code", equalTo("GONE"));
    }

    @Test
    void unknownPathsAreNotFound() {
        Section section = fixtures.section("Sport");
        Article article = fixtures.article(section).create();
        for (String path : List.of("/", "/" + Fixtures.unique("nowhere"), "/authors/" + Fixtures.unique("nobody"),
                "/" + Fixtures.unique("nowhere") + "/" + article.getSlug(), "/authors", "/tags/a/b",
                "/" + section.getSlug() + "/" + Fixtures.unique("missing"))) {
            api().queryParam("path", path).get(RESOLVE).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("", equalTo(Map.of("type", "urn:newsdesk:problem:not-found", "title", "Not found",
                            "status", 404, "detail", "No page has the path '" + path + "'", "instance", RESOLVE,
                            "code", "NOT_FOUND")));
        }
    }

    @Test
    void aBadPathIsA400NamingIt() {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("", "required: the site path to resolve, such as /international");
        bad.put("international", "must start with /: a site path, not a URL");
        bad.put("https://herald.example.com/international", "must start with /: a site path, not a URL");
        bad.put("/" + "a".repeat(2048), "at most 2048 characters");
        bad.put("/international?page=2", "only the path: no query, fragment, backslash or control character");
        bad.put("/international/../admin", "no empty, . or .. segments");
        bad.put("//international", "no empty, . or .. segments");
        bad.forEach((path, message) -> api().queryParam("path", path).get(RESOLVE).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors", equalTo(List.of(Map.of("parameter", "path", "message", message)))));
        api().get(RESOLVE).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("parameter", "path",
                        "message", "required: the site path to resolve, such as /international"))));
        api().urlEncodingEnabled(false).get(RESOLVE + "?path=/a%00b").then().statusCode(400)
                .body("errors[0].parameter", equalTo("path"));
    }

    @Test
    void aSectionCannotTakeTheFirstSegmentOfAuthorTagOrCollectionPages() {
        editorial.admin().contentType("application/json").body(Map.of("slug", "authors", "name", "Authors",
                "position", 1)).post("/api/v1/editorial/sections").then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/slug", "message", "is the first segment of "
                        + "other pages' paths (authors, collections, tags); choose another slug"))));
    }

    @Test
    void twoRenamesToOneSlugAtOnceAreOne200AndOne409() throws Exception {
        Section section = fixtures.section("Race");
        editorial.key(dev.newsdesk.security.Role.PUBLISHER); // created before the race, not during it
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Article one = fixtures.article(section).create();
                Article two = fixtures.article(section).create();
                String slug = Fixtures.unique("race");
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
                for (Article article : List.of(one, two)) {
                    sent.add(threads.submit(() -> {
                        start.await();
                        return editorial.publisher().contentType("application/merge-patch+json")
                                .header("If-Match", "*").body(Map.of("slug", slug))
                                .patch("/api/v1/editorial/articles/{id}", article.getId());
                    }));
                }
                start.countDown();
                List<Integer> statuses = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Response> answer : sent) {
                    Response response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertEquals(List.of(Map.of("pointer", "/slug", "message", "already used by another article")),
                                response.path("errors"));
                    }
                }
                statuses.sort(Integer::compare);
                assertEquals(List.of(200, 409), statuses, "round " + round);
                assertEquals("article", resolve("/" + section.getSlug() + "/" + slug).get("type"));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void rename(String id, String slug) {
        editorial.publisher().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("slug", slug)).patch("/api/v1/editorial/articles/{id}", id).then().statusCode(200)
                .body("slug", equalTo(slug));
    }

    private static Map<String, Object> resolve(String path) {
        return api().queryParam("path", path).get(RESOLVE).then().statusCode(200).extract().path("");
    }

    private Map<String, Object> page(String type, String id, String canonicalPath, String apiPath,
                                     Map<String, Object> redirect) {
        String baseUrl = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
        Map<String, Object> page = new HashMap<>();
        page.put("type", type);
        page.put("id", id);
        page.put("canonicalPath", canonicalPath);
        page.put("canonicalUrl", baseUrl + canonicalPath);
        page.put("apiPath", apiPath);
        page.put("redirect", redirect);
        return page;
    }
}
