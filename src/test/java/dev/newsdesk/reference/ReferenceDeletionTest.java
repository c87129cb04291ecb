package dev.newsdesk.reference;

import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.author.Author;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deleting a section, author, tag or media asset: the article side refuses while an article (in any state) or a
 * pending draft uses it, and says what to do first; a section also stays while it has subsections.
 */
@QuarkusTest
class ReferenceDeletionTest {

    private static final String PENDING = " an article's pending draft; publish or discard the draft first";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void referencesOfAnyArticleStayEvenOfADeletedOne() {
        Section section = fixtures.section("Guarded");
        Author author = fixtures.author("Guarded Writer");
        Tag tag = fixtures.tag("Guarded", TagType.TOPIC);
        MediaAsset photo = fixtures.photo("Photo : Guarded Agency");
        fixtures.article(section).status(ArticleStatus.DELETED).authors(author).tags(tag).leadMedia(photo).create();

        refused("sections", section.getId(), "Section '" + section.getSlug() + "' still has articles; move them first");
        refused("authors", author.getId(), "Author '" + author.getSlug() + "' is credited on articles");
        refused("tags", tag.getId(), "Tag '" + tag.getSlug() + "' is on articles; remove it from them first");
        refused("media", photo.getId(), "Media " + photo.getId() + " is used by articles");
    }

    @Test
    void referencesOnlyAPendingDraftUsesStayUntilTheDraftIsDiscarded() {
        Section home = fixtures.section("Draft home");
        Section destination = fixtures.section("Draft destination");
        Author author = fixtures.author("Draft Only Writer");
        Tag tag = fixtures.tag("Draft only", TagType.PLACE);
        MediaAsset photo = fixtures.photo("Photo : Draft Only Agency");
        Response created = editorial.createDraft(home, "Pending references");
        String id = created.path("id");
        String etag = editorial.publishNow(id, created.header("ETag"));
        etag = editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("draft", true, "sectionId", destination.getId().toString(),
                        "authorIds", List.of(author.getId().toString()), "tagIds", List.of(tag.getId().toString()),
                        "leadMediaId", photo.getId().toString()))
                .patch("/api/v1/editorial/articles/{id}", id).then().statusCode(200).extract().header("ETag");

        refused("sections", destination.getId(), "Section '" + destination.getSlug() + "' is used by" + PENDING);
        refused("authors", author.getId(), "Author '" + author.getSlug() + "' is credited in" + PENDING);
        refused("tags", tag.getId(), "Tag '" + tag.getSlug() + "' is used by" + PENDING);
        refused("media", photo.getId(), "Media " + photo.getId() + " is used by" + PENDING);

        editorial.editor().header("If-Match", etag).delete("/api/v1/editorial/articles/{id}/draft", id)
                .then().statusCode(200);
        for (String[] unused : new String[][] {{"sections", destination.getId().toString()},
                {"authors", author.getId().toString()}, {"tags", tag.getId().toString()},
                {"media", photo.getId().toString()}}) {
            editorial.admin().header("If-Match", editorial.etagOf(unused[0], unused[1]))
                    .delete("/api/v1/editorial/" + unused[0] + "/{id}", unused[1]).then().statusCode(204);
            editorial.editor().get("/api/v1/editorial/" + unused[0] + "/{id}", unused[1]).then().statusCode(404);
        }
    }

    @Test
    void aSectionWithSubsectionsStaysAndItsArticlesAreNamedFirst() {
        Section parent = fixtures.section("Parent desk");
        fixtures.section("Child desk", parent, 1);
        refused("sections", parent.getId(), "Section '" + parent.getSlug() + "' still has subsections");

        fixtures.article(parent).create();
        refused("sections", parent.getId(), "Section '" + parent.getSlug() + "' still has articles; move them first");
    }

    /** A 409 with this detail, and the reference is still there, unchanged. */
    private void refused(String collection, UUID id, String detail) {
        String etag = editorial.etagOf(collection, id);
        String path = "/api/v1/editorial/" + collection + "/" + id;
        editorial.admin().header("If-Match", etag).delete(path)
                .then().statusCode(409).contentType("application/problem+json")
                .body("", equalTo(Map.of("type", "urn:newsdesk:problem:conflict", "title", "Conflict",
                        "status", 409, "detail", detail, "instance", path, "code", "CONFLICT")));
        editorial.editor().get(path).then().statusCode(200).header("ETag", etag);
    }
}
