package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /robots.txt through HTTP: its exact text, served whatever Accept says, and cached like every public read. */
@QuarkusTest
class RobotsResourceTest {

    @Test
    void robotsTxtDisallowsTheEditorialApiAndQuarkusEndpointsAndNamesTheSitemapIndex() {
        String base = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
        Response response = api().header("Accept", "text/html").get("/robots.txt").then().statusCode(200)
                .contentType("text/plain;charset=UTF-8").extract().response();
        assertEquals("User-agent: *\nDisallow: /api/v1/editorial/\nDisallow: /q/\n\n"
                + "Sitemap: " + base + "/api/v1/sitemaps/index.xml\n", response.asString());
        assertEquals("public, max-age=3600, stale-while-revalidate=3600, stale-if-error=86400",
                response.header("Cache-Control"));
        assertEquals("site:site robots", response.header("Surrogate-Key"));

        api().header("If-None-Match", response.header("ETag")).get("/robots.txt").then().statusCode(304)
                .header("ETag", equalTo(response.header("ETag")));
        api().header("If-Modified-Since", response.header("Last-Modified")).get("/robots.txt").then()
                .statusCode(304);
        // HEAD: the same headers, no body.
        api().head("/robots.txt").then().statusCode(200).header("ETag", equalTo(response.header("ETag")));
    }

    @Test
    void anUnknownParameterIs400() {
        api().get("/robots.txt?x=1").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("x"));
    }
}
