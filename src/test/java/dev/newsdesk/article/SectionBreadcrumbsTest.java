package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.section.Section;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An article's section carries the sections above it, outermost first, so a front end draws the breadcrumbs. */
@QuarkusTest
class SectionBreadcrumbsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void theSectionOfAnArticleNamesItsAncestorsOutermostFirst() {
        Section world = fixtures.section("World");
        Section asia = fixtures.section("Asia", world, 1);
        Section korea = fixtures.section("Korea", asia, 1);
        Article article = fixtures.article(korea).create();
        String worldPath = "/" + world.getSlug();
        String asiaPath = worldPath + "/" + asia.getSlug();

        api().get("/api/v1/articles/{id}", article.getId()).then().statusCode(200)
                .body("section", equalTo(Map.of("id", korea.getId().toString(), "slug", korea.getSlug(),
                        "name", "Korea", "path", asiaPath + "/" + korea.getSlug(), "ancestors", List.of(
                                crumb(world, "World", worldPath), crumb(asia, "Asia", asiaPath)))));
        api().queryParam("section", korea.getSlug()).get("/api/v1/articles").then().statusCode(200)
                .body("data[0].section.ancestors.name", equalTo(List.of("World", "Asia")));

        Article top = fixtures.article(world).create();
        api().get("/api/v1/articles/{id}", top.getId()).then().statusCode(200)
                .body("section.path", equalTo(worldPath)).body("section.ancestors", empty());
    }

    private static Map<String, String> crumb(Section section, String name, String path) {
        return Map.of("id", section.getId().toString(), "slug", section.getSlug(), "name", name, "path", path);
    }
}
