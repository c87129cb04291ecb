package dev.newsdesk.collection;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.collection.api.CollectionCreateRequest;
import dev.newsdesk.collection.api.CollectionItemAddRequest;
import dev.newsdesk.collection.api.CollectionItemsRequest;
import dev.newsdesk.collection.api.EditorialCollection;
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
class CollectionResourceTest {

    @Inject
    Fixtures fixtures;
    @Inject
    CollectionService collections;

    private String create(Section section, Article... articles) {
        String slug = Fixtures.unique("pick");
        collections.create(new CollectionCreateRequest(slug, "Editor's Pick", "Chosen by the desk",
                section == null ? null : section.getSlug(), List.of(articles).stream().map(Article::getId).toList()));
        return slug;
    }

    @Test
    void collectionListsVisibleArticlesInTheEditorsOrder() {
        Section section = fixtures.section("Picks");
        Article second = fixtures.article(section).headline("Second").create();
        Article first = fixtures.article(section).headline("First").create();
        Article draft = fixtures.article(section).status(ArticleStatus.DRAFT).create();
        Article expired = fixtures.article(section).expiresAt(Instant.now().minus(1, ChronoUnit.MINUTES)).create();
        String slug = create(null, first, draft, second, expired);

        api().get("/api/v1/collections/{slug}", slug)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("name", equalTo("Editor's Pick"))
                .body("section", nullValue())
                .body("items.headline", contains("First", "Second"));
        EditorialCollection editors = collections.getForEditors(slug);
        assertEquals(List.of(first.getId(), draft.getId(), second.getId(), expired.getId()),
                editors.items().stream().map(EditorialCollection.Item::articleId).toList());
        assertEquals(List.of(true, false, true, false),
                editors.items().stream().map(EditorialCollection.Item::visible).toList());
        assertEquals("draft", editors.items().get(1).status());
    }

    @Test
    void editorsReorderAddAndRemove() {
        Section section = fixtures.section("Arranged");
        Article a = fixtures.article(section).headline("A").create();
        Article b = fixtures.article(section).headline("B").create();
        Article c = fixtures.article(section).headline("C").create();
        String slug = create(null, a, b);

        collections.replaceItems(slug, new CollectionItemsRequest(List.of(b.getId(), a.getId())));
        collections.addItem(slug, new CollectionItemAddRequest(c.getId(), 1));
        api().get("/api/v1/collections/{slug}", slug).then().statusCode(200)
                .body("items.headline", contains("B", "C", "A"));

        collections.removeItem(slug, b.getId());
        collections.addItem(slug, new CollectionItemAddRequest(b.getId(), null));
        api().get("/api/v1/collections/{slug}", slug).then().statusCode(200)
                .body("items.headline", contains("C", "A", "B"));
    }

    @Test
    void badEditsAreRefusedAndChangeNothing() {
        Section section = fixtures.section("Guarded");
        Article a = fixtures.article(section).headline("A").create();
        String slug = create(null, a);
        UUID unknown = UUID.randomUUID();

        ProblemException taken = assertThrows(ProblemException.class, () -> collections.create(
                new CollectionCreateRequest(slug, "Again", null, null, List.of())));
        assertEquals(ProblemCode.CONFLICT, taken.code());
        ProblemException missing = assertThrows(ProblemException.class, () -> collections.replaceItems(slug,
                new CollectionItemsRequest(List.of(a.getId(), unknown, a.getId()))));
        assertEquals(ProblemCode.UNPROCESSABLE, missing.code());
        assertEquals(List.of("/articleIds/1", "/articleIds/2"),
                missing.errors().stream().map(e -> e.pointer()).toList());
        ProblemException twice = assertThrows(ProblemException.class, () -> collections.addItem(slug,
                new CollectionItemAddRequest(a.getId(), 0)));
        assertEquals(ProblemCode.CONFLICT, twice.code());
        ProblemException noSection = assertThrows(ProblemException.class, () -> collections.create(
                new CollectionCreateRequest(Fixtures.unique("pick"), "X", null, "no-such-section-here", List.of())));
        assertEquals("/section", noSection.errors().get(0).pointer());

        api().get("/api/v1/collections/{slug}", slug).then().statusCode(200)
                .body("items.headline", contains("A"));
    }

    @Test
    void itemsTakeFieldsAndIncludes() {
        Section section = fixtures.section("Shaped");
        Tag tag = fixtures.tag("Ferries", TagType.TOPIC);
        Article a = fixtures.article(section).headline("Shaped item").tags(tag).create();
        String slug = create(null, a);

        api().queryParam("fields", "headline").queryParam("include", "tags")
                .get("/api/v1/collections/{slug}", slug)
                .then().statusCode(200)
                .body("name", equalTo("Editor's Pick"))
                .body("items[0].id", equalTo(a.getId().toString()))
                .body("items[0].headline", equalTo("Shaped item"))
                .body("items[0].slug", nullValue())
                .body("items[0].included.tags.slug", contains(tag.getSlug()));
        api().queryParam("fields", "headline,nope").get("/api/v1/collections/{slug}", slug)
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("fields"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("'nope'"));
    }

    @Test
    void sectionAnswerIncludesItsCollections() {
        Section section = fixtures.section("Sectioned");
        Article a = fixtures.article(section).headline("Desk choice").create();
        String slug = create(section, a);

        api().queryParam("include", "collections").get("/api/v1/sections/{slug}", section.getSlug())
                .then().statusCode(200)
                .body("slug", equalTo(section.getSlug()))
                .body("included.collections.slug", contains(slug))
                .body("included.collections[0].items.headline", contains("Desk choice"));
        api().get("/api/v1/sections/{slug}", section.getSlug())
                .then().statusCode(200)
                .body("included", nullValue());
        api().queryParam("section", section.getSlug()).get("/api/v1/collections")
                .then().statusCode(200)
                .body("data.slug", contains(slug))
                .body("data[0].section.slug", equalTo(section.getSlug()));
        api().get("/api/v1/collections").then().statusCode(200).body("data.slug", hasItem(slug));
    }

    @Test
    void unknownCollectionsAndBadParametersAreProblems() {
        api().get("/api/v1/collections/{slug}", "no-such-collection")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        api().queryParam("section", "Not A Slug").get("/api/v1/collections")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("section"));
        api().queryParam("include", "authors").get("/api/v1/sections/{slug}", "anything")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("include"));
    }
}
