package dev.newsdesk.media;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/editorial/media through HTTP: newest first, filtered by rights state at the test clock's instant
 * (boundaries included), paged by cursor, 400 naming rights for a bad value. The assets each test creates are the
 * newest there are, so a first page holds exactly them.
 */
@QuarkusTest
class MediaEditorialListTest {

    private static final String LIST = "/api/v1/editorial/media";

    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theListIsFilteredByRightsStateAtThisInstant() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Duration day = Duration.ofDays(1);
        String expired = create("Photo : Expired Wire", "Thirty days.", now.minus(day.multipliedBy(30)), now.minus(day));
        String none = create("Photo : Staff", null, null, null);
        String pending = create("Photo : Embargo Wire", "From tomorrow.", now.plus(day), null);
        String active = create("Photo : Active Wire", "Until tomorrow.", now.minus(day), now.plus(day));
        String termsOnly = create("Photo : Terms Only", "Editorial use only.", null, null);
        clock.set(now);

        assertEquals(List.of(termsOnly, active, pending, none, expired), ids(given().queryParam("limit", 5)));
        assertEquals(List.of(termsOnly, active, none), ids(given().queryParam("rights", "active")
                .queryParam("limit", 3)));
        assertEquals(List.of(pending), ids(given().queryParam("rights", "pending").queryParam("limit", 1)));
        assertEquals(List.of(expired), ids(given().queryParam("rights", "expired").queryParam("limit", 1)));
        assertEquals(List.of(none), ids(given().queryParam("rights", "none").queryParam("limit", 1)));
        // Repeated or comma-separated: any state matches.
        assertEquals(List.of(pending, expired), ids(given().queryParam("rights", "expired")
                .queryParam("rights", "pending").queryParam("limit", 2)));
        assertEquals(List.of(pending, none, expired), ids(given().queryParam("rights", "expired,none,pending")
                .queryParam("limit", 3)));
        given().queryParam("rights", "expired").queryParam("limit", 1).get(LIST).then().statusCode(200)
                .body("data[0].rightsStatus", equalTo("expired"))
                .body("data[0].credit", equalTo("Photo : Expired Wire"));

        // At the exact boundaries: the active photo's rights end, the pending one's start.
        clock.set(now.plus(day));
        assertEquals(List.of(termsOnly, pending, none), ids(given().queryParam("rights", "active")
                .queryParam("limit", 3)));
        assertEquals(List.of(active, expired), ids(given().queryParam("rights", "expired").queryParam("limit", 2)));
        clock.set(now.plus(day).minusMillis(1));
        assertEquals(List.of(termsOnly, active, none), ids(given().queryParam("rights", "active")
                .queryParam("limit", 3)));
    }

    @Test
    void pagesFollowTheCursorNewestFirst() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String first = create("Photo : Page One", null, null, now.minus(Duration.ofDays(2)));
        String second = create("Photo : Page Two", null, null, now.minus(Duration.ofDays(1)));
        String third = create("Photo : Page Three", null, null, now.minusSeconds(1));
        clock.set(now);
        Response page = given().queryParam("rights", "expired").queryParam("limit", 2).get(LIST).then()
                .statusCode(200).body("meta.limit", equalTo(2)).extract().response();
        assertEquals(List.of(third, second), page.path("data.id"));
        String next = page.path("links.next");
        List<String> rest = editorial.editor().get(next).then().statusCode(200).extract().path("data.id");
        assertEquals(first, rest.get(0));
        assertEquals(false, rest.contains(second) || rest.contains(third));
    }

    @Test
    void badParametersAre400NamingThem() {
        given().queryParam("rights", "lapsed").get(LIST).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"))
                .body("errors.parameter", contains("rights"));
        given().queryParam("rights", "active,").get(LIST).then().statusCode(400)
                .body("errors.parameter", contains("rights"));
        given().queryParam("rights", "expired").queryParam("limit", 101).get(LIST).then().statusCode(400)
                .body("errors.parameter", contains("limit"));
        given().queryParam("cursor", "not-a-cursor").get(LIST).then().statusCode(400)
                .body("errors.parameter", contains("cursor"));
        // The delivery key cannot list what editors see.
        api().get(LIST).then().statusCode(401);
        editorial.editor().get(LIST).then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("links.self", equalTo(LIST));
    }

    private io.restassured.specification.RequestSpecification given() {
        return editorial.editor();
    }

    private static List<String> ids(io.restassured.specification.RequestSpecification request) {
        return request.get(LIST).then().statusCode(200).extract().path("data.id");
    }

    private String create(String credit, String terms, Instant validFrom, Instant validUntil) {
        return editorial.createPhoto(credit, terms, validFrom, validUntil);
    }
}
