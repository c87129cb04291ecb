package dev.newsdesk.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors raised by the HTTP layer itself, before any resource runs, are problems too. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void unknownRouteIsAProblem() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("ROUTE_NOT_FOUND"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-thing"));
        given().get("/definitely/not/here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("ROUTE_NOT_FOUND"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().delete("/api/v1/sections")
                .then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void problemsLeakNoInternals() {
        given().get("/api/v1/articles/{id}", "zzz")
                .then().statusCode(400)
                .header("Cache-Control", equalTo("no-store"))
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.newsdesk")));
    }
}
