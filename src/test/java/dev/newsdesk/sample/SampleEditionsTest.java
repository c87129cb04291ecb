package dev.newsdesk.sample;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sample newsroom's editions: English, a complete Korean one and a partial Japanese one. */
@QuarkusTest
@TestProfile(SampleDataLoaderTest.FreshDatabaseWithSampleData.class)
class SampleEditionsTest {

    private static final String MAIN = "pacific-ports-agree-common-emissions-reporting";

    @Test
    void theSiteIsTranslatedInKoreanAndPartlyInJapanese() {
        api().get("/api/v1/editions").then().statusCode(200)
                .body("defaultLanguage", equalTo("en"))
                .body("editions.language", contains("en", "ko", "ja"))
                .body("editions.fallbackChain", contains(List.of("en"), List.of("ko", "en"), List.of("ja", "en")));
        api().queryParam("lang", "ko").get("/api/v1/site").then().statusCode(200)
                .body("name", equalTo("하버 헤럴드"))
                .body("navigation.label", contains("국제", "전국", "경제", "문화", "뉴스레터"))
                .body("navigation[0].children.label", contains("아시아·태평양"))
                .body("navigation[0].section.name", equalTo("국제"))
                .body("notices[0].linkLabel", equalTo("쿠키 정책"));
        api().header("Accept-Language", "ja-JP, en;q=0.5").get("/api/v1/site").then().statusCode(200)
                .header("Content-Language", "ja")
                .body("name", equalTo("ハーバー・ヘラルド"))
                .body("navigation.label", contains("国際", "National", "Business", "Culture", "ニュースレター"))
                .body("notices[0].linkLabel", equalTo("クッキーポリシー"))
                .body("notices[0].linkUrl", equalTo("https://herald.example.com/cookie-policy"));
        api().queryParam("lang", "ko").get("/api/v1/sections").then().statusCode(200)
                .body("data.name", contains("국제", "아시아·태평양", "전국", "경제", "문화"));
        api().queryParam("lang", "ko").get("/api/v1/authors/min-ji-park").then().statusCode(200)
                .body("name", equalTo("박민지")).body("title", equalTo("외교 전문기자"));
        api().queryParam("lang", "ja").get("/api/v1/tags/busan").then().statusCode(200).body("name", equalTo("釜山"));
    }

    @Test
    void eachEditionListsItsOwnArticlesOnly() {
        api().queryParam("lang", "ko").queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200)
                .body("data.language", contains("ko", "ko", "ko", "ko", "ko"))
                .body("data.slug", contains("yeongdo-coastal-trail-reopens-after-repairs",
                        "lee-seo-ah-debut-opens-han-river-film-week-ko", MAIN + "-ko",
                        "busan-fukuoka-ferry-adds-overnight-crossings",
                        "seoul-adds-late-night-bus-routes-for-shift-workers-ko"));
        api().queryParam("lang", "ja").get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", contains(MAIN + "-ja"));
    }

    @Test
    void theKoreanMainStoryShowsItsSectionBylineAndTagsInKoreanAndIsStale() {
        api().queryParam("lang", "ko").get("/api/v1/articles/{id}", id(MAIN)).then().statusCode(200)
                .header("Content-Language", "ko")
                .body("slug", equalTo(MAIN + "-ko"))
                .body("section.name", equalTo("국제"))
                .body("authors.name", contains("박민지", "윤혜진"))
                .body("tags.name", contains("기후", "태평양항만포럼", "부산", "무역"))
                .body("translation", equalTo(Map.of("groupId", id(MAIN).toString(), "sourceId", id(MAIN).toString(),
                        "sourceLanguage", "en", "stale", true)))
                .body("alternates.language", contains("en", "ko", "ja", "x-default"));
    }

    @Test
    void alternatesAreReciprocalOverTheWholeSampleAndExactlyOneTranslationIsStale() {
        List<String> ids = api().queryParam("lang", "*").queryParam("limit", 100).get("/api/v1/articles")
                .then().statusCode(200).extract().path("data.id");
        assertEquals(19, ids.size());
        List<String> stale = new ArrayList<>();
        int grouped = 0;
        for (String id : ids) {
            JsonPath article = api().get("/api/v1/articles/{id}", id).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> alternates = article.getList("alternates");
            assertTrue(alternates.stream().anyMatch(a -> id.equals(a.get("id")) && !"x-default".equals(a.get("language"))),
                    id + " is among its own alternates");
            assertEquals("x-default", alternates.get(alternates.size() - 1).get("language"));
            for (Map<String, Object> alternate : alternates) {
                List<Map<String, Object>> theirs = api().get("/api/v1/articles/{id}", alternate.get("id")).then()
                        .statusCode(200).extract().jsonPath().getList("alternates");
                assertEquals(alternates, theirs, "the alternates of " + id + " and " + alternate.get("id"));
            }
            if (alternates.size() > 2) {
                grouped++;
            }
            if (article.getBoolean("translation.stale")) {
                stale.add(article.getString("slug"));
            }
        }
        assertEquals(List.of(MAIN + "-ko"), stale);
        assertEquals(9, grouped, "4 groups: the main story in 3 editions, 3 stories in 2");
    }

    private static UUID id(String slug) {
        return UUID.nameUUIDFromBytes(("article:" + slug).getBytes(StandardCharsets.UTF_8));
    }
}
