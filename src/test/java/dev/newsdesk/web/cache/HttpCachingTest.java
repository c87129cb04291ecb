package dev.newsdesk.web.cache;

import static dev.newsdesk.testing.Api.NO_DECODERS;
import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.author.Author;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The caching contract over HTTP: validators change when and only when what a response shows changes, conditional
 * requests answer 304 without a body, and every public GET carries the documented headers.
 */
@QuarkusTest
class HttpCachingTest {

    private static final String STRONG_ETAG = "^\"[A-Za-z0-9_-]{22}(-gz)?\"$";

    @Inject
    Fixtures fixtures;
    @Inject
    ArticleRepository articles;
    @Inject
    SectionRepository sections;
    @Inject
    AuthorRepository authors;
    @Inject
    TagRepository tags;
    @Inject
    MediaAssetRepository media;
    @Inject
    EditorialFixtures editorial;

    @Test
    void articleCarriesValidatorsCacheControlVaryAndSurrogateKeys() {
        Section section = fixtures.section("International");
        Author author = fixtures.author("Park Min-ji");
        Tag tag = fixtures.tag("Busan", TagType.PLACE);
        MediaAsset photo = fixtures.photo("Photo : Harbour Light Agency");
        Article article = fixtures.article(section).authors(author).tags(tag).leadMedia(photo).create();

        api().get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_ETAG))
                .header("Last-Modified", matchesPattern("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400"))
                .header("Vary", equalTo("Accept, Accept-Encoding"))
                .header("Surrogate-Key", containsString("article:" + article.getId()))
                .header("Surrogate-Key", containsString("section:" + section.getId()))
                .header("Surrogate-Key", containsString("author:" + author.getId()))
                .header("Surrogate-Key", containsString("tag:" + tag.getId()))
                .header("Surrogate-Key", containsString("media:" + photo.getId()));
    }

    @Test
    void ifNoneMatchAnswers304WithoutBodyAndTheSameHeaders() {
        Article article = fixtures.article(fixtures.section("World")).create();
        Response first = api().get("/api/v1/articles/{id}", article.getId());
        String etag = first.header("ETag");

        api().header("If-None-Match", etag).get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(304).body(emptyString())
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo(first.header("Cache-Control")))
                .header("Surrogate-Key", equalTo(first.header("Surrogate-Key")));
        // Weak comparison (RFC 9110): a W/ prefix and a list of tags still match.
        api().header("If-None-Match", "\"other\", W/" + etag).get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(304);
        api().header("If-None-Match", "*").get("/api/v1/articles/{id}", article.getId()).then().statusCode(304);
        api().header("If-None-Match", "\"stale\"").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200).header("ETag", equalTo(etag)).body("id", equalTo(article.getId().toString()));
    }

    @Test
    void ifModifiedSinceAnswers304UnlessSomethingShownChangedLater() {
        Instant updated = Instant.parse("2019-04-25T12:08:35Z");
        Section section = fixtures.section("Business");
        Article article = fixtures.article(section).updatedAt(updated).create();
        setUpdatedAt(section, updated.minusSeconds(60));

        api().get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200).header("Last-Modified", equalTo("Thu, 25 Apr 2019 12:08:35 GMT"));
        api().header("If-Modified-Since", "Thu, 25 Apr 2019 12:08:35 GMT").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(304).body(emptyString());
        api().header("If-Modified-Since", "Thu, 25 Apr 2019 12:08:34 GMT").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200);
        api().header("If-Modified-Since", "not a date").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200);
        // If-None-Match wins: a stale tag gets the full answer whatever the date says.
        api().header("If-None-Match", "\"stale\"").header("If-Modified-Since", "Thu, 25 Apr 2019 12:08:35 GMT")
                .get("/api/v1/articles/{id}", article.getId()).then().statusCode(200);
    }

    @Test
    void etagStaysWhileNothingShownChanges() {
        Article article = fixtures.article(fixtures.section("Culture")).expiresAt(null).create();
        String before = etag("/api/v1/articles/" + article.getId());
        assertEquals(before, etag("/api/v1/articles/" + article.getId()));

        // Neither the expiry nor the row version is part of the representation.
        update(article, a -> a.setExpiresAt(Instant.now().plus(3650, ChronoUnit.DAYS)));
        assertEquals(before, etag("/api/v1/articles/" + article.getId()));
        assertEquals(before, etag("/api/v1/articles/by-slug/" + article.getSlug()));
    }

    @Test
    void etagChangesOnEditsAndMinorEdits() {
        Article article = fixtures.article(fixtures.section("Politics")).headline("Vote delayed").create();
        String path = "/api/v1/articles/" + article.getId();
        String original = etag(path);

        update(article, a -> a.setHeadline("Vote delayed again"));
        String edited = etag(path);
        assertNotEquals(original, edited);

        // A minor edit: one character of the standfirst, no new revision.
        update(article, a -> a.setStandfirst(a.getStandfirst() + "."));
        assertNotEquals(edited, etag(path));
    }

    @Test
    void etagOfArticlesAndListsChangesWhenTheirSectionIsRenamed() {
        Section section = fixtures.section("Asia");
        Article article = fixtures.article(section).create();
        String item = "/api/v1/articles/" + article.getId();
        String list = "/api/v1/articles?section=" + section.getSlug();
        String itemBefore = etag(item);
        String listBefore = etag(list);
        String sectionBefore = etag("/api/v1/sections/" + section.getSlug());

        QuarkusTransaction.requiringNew().run(() -> sections.findById(section.getId()).setName("Asia-Pacific"));

        assertNotEquals(itemBefore, etag(item));
        assertNotEquals(listBefore, etag(list));
        assertNotEquals(sectionBefore, etag("/api/v1/sections/" + section.getSlug()));
    }

    @Test
    void etagOfAnArticleChangesWhenItsBylineTagOrPhotoCreditChanges() {
        Author author = fixtures.author("Daniel Okafor");
        Tag tag = fixtures.tag("Ports", TagType.TOPIC);
        MediaAsset photo = fixtures.photo("Photo : Old Credit");
        Article article = fixtures.article(fixtures.section("Economy")).authors(author).tags(tag).leadMedia(photo)
                .create();
        String path = "/api/v1/articles/" + article.getId();

        String before = etag(path);
        QuarkusTransaction.requiringNew().run(() -> authors.findById(author.getId()).setName("Dan Okafor"));
        String afterAuthor = etag(path);
        assertNotEquals(before, afterAuthor);

        QuarkusTransaction.requiringNew().run(() -> tags.findById(tag.getId()).setName("Seaports"));
        String afterTag = etag(path);
        assertNotEquals(afterAuthor, afterTag);

        QuarkusTransaction.requiringNew().run(() -> media.findById(photo.getId()).setCredit("Photo : New Credit"));
        assertNotEquals(afterTag, etag(path));
    }

    @Test
    void publishingChangesTheListEtagAndMakesTheArticleCacheable() {
        Section section = fixtures.section("Science");
        fixtures.article(section).create();
        Article draft = fixtures.article(section).status(ArticleStatus.DRAFT).firstPublishedAt(null).create();
        String list = "/api/v1/articles?section=" + section.getSlug();
        String before = etag(list);

        api().get("/api/v1/articles/{id}", draft.getId())
                .then().statusCode(404).header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());

        Instant live = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        update(draft, a -> {
            a.setStatus(ArticleStatus.PUBLISHED);
            a.setFirstPublishedAt(live);
            a.setPublishedAt(live);
        });
        assertNotEquals(before, etag(list));
        api().get("/api/v1/articles/{id}", draft.getId())
                .then().statusCode(200).header("ETag", matchesPattern(STRONG_ETAG));
    }

    @Test
    void listsAnswer304AndKeepTheirLinkHeaderAndListSurrogateKey() {
        Section section = fixtures.section("Sport");
        Article a = fixtures.article(section).create();
        Article b = fixtures.article(section).create();
        String list = "/api/v1/articles?limit=1&section=" + section.getSlug();
        Response first = api().get(list);
        first.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=30, stale-while-revalidate=60, stale-if-error=3600"))
                .header("Surrogate-Key", containsString("articles-list"))
                .header("Surrogate-Key", containsString("section:" + section.getId()));
        String keys = first.header("Surrogate-Key");
        assertTrue(keys.contains("article:" + a.getId()) ^ keys.contains("article:" + b.getId()),
                "a page of one names exactly the article it shows: " + keys);
        List<String> links = first.headers().getValues("Link");

        Response notModified = api().header("If-None-Match", first.header("ETag")).get(list);
        notModified.then().statusCode(304).body(emptyString());
        assertEquals(links, notModified.headers().getValues("Link"));
    }

    @Test
    void sectionsAuthorsTagsAndMediaHaveValidatorsAnd304() {
        Section section = fixtures.section("Opinion");
        Author author = fixtures.author("Lee Seo-yeon");
        Tag tag = fixtures.tag("Climate", TagType.TOPIC);
        MediaAsset photo = fixtures.photo("Photo : Agency");
        for (String path : List.of("/api/v1/sections", "/api/v1/sections/" + section.getSlug(),
                "/api/v1/authors/" + author.getSlug(), "/api/v1/tags/" + tag.getSlug(), "/api/v1/media/" + photo.getId())) {
            Response full = api().get(path);
            full.then().statusCode(200).header("ETag", matchesPattern(STRONG_ETAG))
                    .header("Cache-Control", matchesPattern("^public, max-age=\\d+, stale-while-revalidate=\\d+, stale-if-error=\\d+$"))
                    .header("Last-Modified", not(emptyString()));
            api().header("If-None-Match", full.header("ETag")).get(path).then().statusCode(304).body(emptyString());
        }
        api().get("/api/v1/media/{id}", photo.getId()).then().header("Surrogate-Key", equalTo("media:" + photo.getId() + " media edition:en"));
    }

    @Test
    void gzipIsADifferentRepresentationWithItsOwnEtag() {
        Article article = fixtures.article(fixtures.section("Travel")).create();
        String plain = api().config(NO_DECODERS).header("Accept-Encoding", "identity").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200).header("Content-Encoding", nullValue()).extract().header("ETag");

        Response gzipped = api().header("Accept-Encoding", "gzip").get("/api/v1/articles/{id}", article.getId());
        gzipped.then().statusCode(200).header("Content-Encoding", equalTo("gzip"))
                .header("ETag", endsWith("-gz\"")).body("id", equalTo(article.getId().toString()));
        assertEquals(plain.replaceAll("\"$", "-gz\""), gzipped.header("ETag"));
        api().header("Accept-Encoding", "gzip").header("If-None-Match", gzipped.header("ETag"))
                .get("/api/v1/articles/{id}", article.getId()).then().statusCode(304);
        api().config(NO_DECODERS).header("Accept-Encoding", "gzip;q=0, identity").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", equalTo(plain));
    }

    @Test
    void problemsEditorialAndPreviewAnswersAreNeverStored() {
        api().get("/api/v1/articles/{id}", UUID.randomUUID())
                .then().statusCode(404).header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
        api().get("/api/v1/articles?limit=0").then().statusCode(400).header("Cache-Control", equalTo("no-store"));
        api().get("/api/v1/editorial/articles/{id}", UUID.randomUUID())
                .then().statusCode(401).header("Cache-Control", equalTo("private, no-store"));

        Article article = fixtures.article(fixtures.section("Lifestyle")).create();
        String preview = editorial.editor().post("/api/v1/editorial/articles/{id}/preview-tokens", article.getId())
                .then().statusCode(201).extract().path("previewPath");
        api().urlEncodingEnabled(false).get(preview)
                .then().statusCode(200).header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue()).header("Surrogate-Key", nullValue());
    }

    @Test
    void everyPublicGetDocumentsTheCachingHeadersAnd304() {
        io.restassured.path.json.JsonPath doc = io.restassured.RestAssured.given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, Object>> paths = doc.getMap("paths");
        int documented = 0;
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/editorial/")
                    || !paths.get(path).containsKey("get")) {
                continue;
            }
            String op = "paths.'" + path + "'.get";
            assertEquals("#/components/responses/NotModified", doc.getString(op + ".responses.'304'.$ref"), path);
            for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Surrogate-Key")) {
                assertEquals("#/components/headers/" + header,
                        doc.getString(op + ".responses.'200'.headers.'" + header + "'.$ref"), path + " " + header);
            }
            List<String> params = doc.getList(op + ".parameters.name");
            assertTrue(params.containsAll(List.of("If-None-Match", "If-Modified-Since")), path + " " + params);
            documented++;
        }
        assertTrue(documented >= 8, "public GET operations documented: " + documented);
    }

    private static String etag(String path) {
        return api().get(path).then().statusCode(200).extract().header("ETag");
    }

    private void update(Article article, Consumer<Article> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(articles.findById(article.getId())));
    }

    private void setUpdatedAt(Section section, Instant updatedAt) {
        QuarkusTransaction.requiringNew().run(() -> sections.findById(section.getId()).setUpdatedAt(updatedAt));
    }
}
