package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Editors cannot change what readers of a published article see by going around the article: a tag it carries or a
 * media asset it shows (lead or inline) takes a publisher to change, while the same change to a reference only drafts
 * use is an editor's to make. A refused change leaves everything as it was.
 */
@QuarkusTest
class LiveContentRolesTest {

    private static final String TAG = "/api/v1/editorial/tags/{id}";
    private static final String MEDIA = "/api/v1/editorial/media/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @Test
    void renamingATagOnAPublishedArticleTakesAPublisher() {
        Section section = fixtures.section("Live tags");
        Tag live = fixtures.tag("Harbour", TagType.TOPIC);
        Tag drafted = fixtures.tag("Lighthouse", TagType.TOPIC);
        Article article = fixtures.article(section).tags(live).create();
        fixtures.article(section).status(ArticleStatus.DRAFT).tags(drafted).create();

        renameTag(editorial.editor(), drafted, "Old lighthouse").then().statusCode(200)
                .body("name", equalTo("Old lighthouse"));
        renameTag(editorial.editor(), live, "Renamed by an editor").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"))
                .body("detail", equalTo("This tag is shown on 1 published article; "
                        + "changing what readers see needs a publisher key"));
        api().get("/api/v1/articles/{id}", article.getId()).then().statusCode(200)
                .body("tags[0].name", equalTo("Harbour"));

        renameTag(editorial.publisher(), live, "Harbour front").then().statusCode(200);
        api().get("/api/v1/articles/{id}", article.getId()).then().statusCode(200)
                .body("tags[0].name", equalTo("Harbour front"));
    }

    @Test
    void changingLeadOrInlineMediaOfAPublishedArticleTakesAPublisher() {
        Section section = fixtures.section("Live media");
        MediaAsset lead = fixtures.photo("Photo : Lead Agency");
        MediaAsset inline = fixtures.photo("Photo : Inline Agency");
        MediaAsset unused = fixtures.photo("Photo : Unused Agency");
        Article article = fixtures.article(section).leadMedia(lead)
                .body(new BodyBlock.Paragraph("Text."), new BodyBlock.Image(inline.getId(), null, null)).create();

        recredit(editorial.editor(), unused, "Photo : Someone else").then().statusCode(200);
        for (MediaAsset shown : new MediaAsset[] {lead, inline}) {
            recredit(editorial.editor(), shown, "Photo : Someone else").then().statusCode(403)
                    .body("detail", equalTo("This media asset is shown on 1 published article; "
                            + "changing what readers see needs a publisher key"));
        }
        api().get("/api/v1/articles/{id}", article.getId()).then().statusCode(200)
                .body("leadMedia.credit", equalTo("Photo : Lead Agency"));

        recredit(editorial.publisher(), lead, "Photo : Lead Agency / Pool").then().statusCode(200);
        api().get("/api/v1/articles/{id}", article.getId()).then().statusCode(200)
                .body("leadMedia.credit", equalTo("Photo : Lead Agency / Pool"));
    }

    private io.restassured.response.Response renameTag(RequestSpecification as, Tag tag, String name) {
        return as.contentType("application/json").header("If-Match", editorial.etagOf("tags", tag.getId()))
                .body(Map.of("slug", tag.getSlug(), "name", name, "type", "topic")).put(TAG, tag.getId());
    }

    private io.restassured.response.Response recredit(RequestSpecification as, MediaAsset asset, String credit) {
        return as.contentType("application/json").header("If-Match", editorial.etagOf("media", asset.getId()))
                .body(Map.of("type", "image", "url", asset.getUrl(), "credit", credit)).put(MEDIA, asset.getId());
    }
}
