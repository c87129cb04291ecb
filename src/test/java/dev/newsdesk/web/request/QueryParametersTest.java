package dev.newsdesk.web.request;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation takes exactly the query parameters it declares: another name is a 400 naming it, on delivery and
 * editorial operations alike, and nothing happens. No parameter may carry a NUL character, and a date-time has four
 * year digits: PostgreSQL would refuse either deep in a query, as a 500.
 */
@QuarkusTest
class QueryParametersTest {

    private static final String NO_NUL = "must not contain the NUL character (U+0000)";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void anUnknownQueryParameterIsA400NamingIt() {
        api().get("/api/v1/editions?utm_source=mail").then().statusCode(400)
                .contentType("application/problem+json")
                .body("", equalTo(Map.of("type", "urn:newsdesk:problem:invalid-parameter", "title", "Invalid parameter",
                        "status", 400, "code", "INVALID_PARAMETER", "instance", "/api/v1/editions",
                        "detail", "utm_source: unknown parameter; this operation takes no query parameters",
                        "errors", List.of(Map.of("parameter", "utm_source",
                                "message", "unknown parameter; this operation takes no query parameters")))));
    }

    @Test
    void everyUnknownNameIsListedWithTheNamesTheOperationTakes() {
        Section section = fixtures.section("Parameters");
        String allowed = "unknown parameter; allowed: include, lang";
        api().get("/api/v1/sections/{slug}?include=collections&fields=name&colour=red", section.getSlug())
                .then().statusCode(400)
                .body("detail", equalTo("colour: " + allowed + "; fields: " + allowed))
                .body("errors", equalTo(List.of(Map.of("parameter", "colour", "message", allowed),
                        Map.of("parameter", "fields", "message", allowed))));
        // Names are matched whatever their case, as Vert.x binds them.
        api().get("/api/v1/sections/{slug}?Include=collections", section.getSlug()).then().statusCode(200);
    }

    @Test
    void listsNameTheParametersOfTheirBeanParametersToo() {
        String slug = fixtures.author("Parameters").getSlug();
        String allowed = "unknown parameter; allowed: cursor, fields, include, lang, limit, sort";
        api().get("/api/v1/authors/{slug}/articles?limit=5&page=2", slug).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("parameter", "page", "message", allowed))));
        api().get("/api/v1/authors/{slug}/articles?limit=5&sort=oldest", slug).then().statusCode(200);
    }

    @Test
    void anEditorialWriteWithAnUnknownParameterChangesNothing() {
        String slug = Fixtures.unique("dry-run");
        editorial.editor().contentType("application/json")
                .body(Map.of("slug", slug, "name", "Dry run", "type", "topic"))
                .post("/api/v1/editorial/tags?dryRun=true").then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors", equalTo(List.of(Map.of("parameter", "dryRun",
                        "message", "unknown parameter; this operation takes no query parameters"))));
        api().get("/api/v1/tags/{slug}", slug).then().statusCode(404);
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400NamingIt() {
        api().urlEncodingEnabled(false).get("/api/v1/articles?q=port%00strike&limit=5").then().statusCode(400)
                .body("detail", equalTo("q: " + NO_NUL))
                .body("errors", equalTo(List.of(Map.of("parameter", "q", "message", NO_NUL))));
        api().urlEncodingEnabled(false).get("/api/v1/articles?section=x%00y").then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("parameter", "section", "message", NO_NUL))));
    }

    @Test
    void aNulCharacterInAPathParameterIsA400NamingIt() {
        api().urlEncodingEnabled(false).get("/api/v1/sections/inter%00national").then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("parameter", "slug", "message", NO_NUL))));
        api().urlEncodingEnabled(false).get("/api/v1/tags/bu%00san/articles?limit=5").then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("parameter", "slug", "message", NO_NUL))));
    }

    @Test
    void aDateTimeWithMoreThanFourYearDigitsIsA400NamingIt() {
        String message = "must be an RFC 3339 date-time with an offset and a four-digit year, such as "
                + "2019-04-25T18:38:40+09:00";
        api().urlEncodingEnabled(false).get("/api/v1/articles?from=%2B999999999-01-01T00:00:00Z").then()
                .statusCode(400).body("errors", equalTo(List.of(Map.of("parameter", "from", "message", message))));
        api().urlEncodingEnabled(false).get("/api/v1/articles?to=-10000-01-01T00:00:00Z").then()
                .statusCode(400).body("errors", equalTo(List.of(Map.of("parameter", "to", "message", message))));
        api().urlEncodingEnabled(false).get("/api/v1/articles?from=9999-12-31T23:59:59Z").then().statusCode(200);
    }
}
