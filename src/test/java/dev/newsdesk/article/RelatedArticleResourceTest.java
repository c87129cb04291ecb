package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedArticleResourceTest {

    private static final Instant HOUR_AGO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);

    @Inject
    Fixtures fixtures;
    @Inject
    RelatedArticleService related;

    @Test
    void pinsComeFirstThenSharedTagsThenSectionNewestFirst() {
        Section home = fixtures.section("Home");
        Section away = fixtures.section("Away");
        Tag ports = fixtures.tag("Ports", TagType.TOPIC);
        Tag busan = fixtures.tag("Busan", TagType.PLACE);
        Article article = fixtures.article(home).headline("The story").tags(ports, busan).create();
        Article pinned = fixtures.article(fixtures.section("Elsewhere")).headline("Pinned").create();
        Article bothTags = fixtures.article(away).headline("Both tags").tags(busan, ports)
                .firstPublishedAt(HOUR_AGO.minusSeconds(600)).create();
        fixtures.article(away).headline("One tag, older").tags(ports)
                .firstPublishedAt(HOUR_AGO.minusSeconds(300)).create();
        fixtures.article(away).headline("One tag, newer").tags(busan)
                .firstPublishedAt(HOUR_AGO).create();
        fixtures.article(home).headline("Same section").create();
        fixtures.article(away).headline("Unrelated").create();
        fixtures.article(home).headline("Draft").tags(ports, busan).status(ArticleStatus.DRAFT).create();
        related.pin(article.getId(), List.of(pinned.getId()));

        api().get("/api/v1/articles/{id}/related", article.getId())
                .then().statusCode(200)
                .body("data.headline", contains("Pinned", "Both tags", "One tag, newer", "One tag, older",
                        "Same section"));
        api().queryParam("limit", 2).get("/api/v1/articles/{id}/related", article.getId())
                .then().statusCode(200)
                .body("data.id", contains(pinned.getId().toString(), bothTags.getId().toString()));
    }

    @Test
    void invisiblePinsAreSkippedAndTheArticleNeverRelatesToItself() {
        Section section = fixtures.section("Solo");
        Article article = fixtures.article(section).headline("Alone").create();
        Article draft = fixtures.article(fixtures.section("Drafts")).status(ArticleStatus.DRAFT).create();
        related.pin(article.getId(), List.of(draft.getId()));

        api().get("/api/v1/articles/{id}/related", article.getId())
                .then().statusCode(200)
                .body("data", org.hamcrest.Matchers.empty());
        ProblemException self = assertThrows(ProblemException.class,
                () -> related.pin(article.getId(), List.of(article.getId(), UUID.randomUUID())));
        assertEquals(ProblemCode.UNPROCESSABLE, self.code());
        assertEquals(List.of("/relatedIds/0", "/relatedIds/1"), self.errors().stream().map(e -> e.pointer()).toList());
    }

    @Test
    void relatedItemsTakeFieldsAndIncludes() {
        Section section = fixtures.section("Shaped related");
        Article article = fixtures.article(section).headline("Main").create();
        fixtures.article(section).headline("Neighbour").create();

        api().queryParam("fields", "headline").queryParam("include", "section")
                .get("/api/v1/articles/{id}/related", article.getId())
                .then().statusCode(200)
                .body("data.headline", contains("Neighbour"))
                .body("data[0].canonicalPath", nullValue())
                .body("data[0].included.section.slug", equalTo(section.getSlug()));
    }

    @Test
    void unknownOrInvisibleArticlesAndBadParametersAreProblems() {
        Article draft = fixtures.article(fixtures.section("Hidden")).status(ArticleStatus.DRAFT).create();
        api().get("/api/v1/articles/{id}/related", draft.getId())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api().get("/api/v1/articles/{id}/related", UUID.randomUUID())
                .then().statusCode(404);
        api().queryParam("limit", 21).get("/api/v1/articles/{id}/related", "not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", containsInAnyOrder("id", "limit"));
    }
}
