package dev.newsdesk.security;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.apikey.ApiKeyRepository;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every editorial operation for every caller: anonymous, a wrong key, a revoked key and each role. Allowed calls
 * succeed; refused ones get 401 or 403 as problem+json and change nothing.
 */
@QuarkusTest
class EditorialRolesTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    ArticleRepository articles;
    @Inject
    SectionRepository sections;
    @Inject
    AuthorRepository authors;
    @Inject
    TagRepository tags;
    @Inject
    MediaAssetRepository media;
    @Inject
    ApiKeyRepository keys;

    /** One operation: how to call it as someone, and whether the call changed what it targets. */
    private interface Operation {
        /** Sets up a fresh target, makes the call and returns a check that the target is unchanged. */
        Call call(RequestSpecification as);
    }

    private record Call(Response response, Supplier<Boolean> unchanged) {
    }

    private record Caller(String name, Supplier<RequestSpecification> spec, Role role) {
    }

    @Test
    void everyRoleMayDoExactlyWhatItsRoleAllows() {
        Section section = fixtures.section("Roles");
        Map<String, Role> minimum = new java.util.LinkedHashMap<>();
        Map<String, Operation> operations = new java.util.LinkedHashMap<>();

        minimum.put("createArticle", Role.EDITOR);
        operations.put("createArticle", as -> {
            Map<String, Object> body = editorial.draftBody(section, "Created");
            Response r = as.contentType("application/json").body(body).post("/api/v1/editorial/articles");
            return new Call(r, () -> articles.findBySlug((String) body.get("slug")).isEmpty());
        });
        minimum.put("getEditorialArticle", Role.EDITOR);
        operations.put("getEditorialArticle", as -> {
            String id = editorial.createDraft(section, "Read").path("id");
            return new Call(as.get(ARTICLE, id), () -> true);
        });
        minimum.put("patchDraft", Role.EDITOR);
        operations.put("patchDraft", as -> {
            Response draft = editorial.createDraft(section, "Draft");
            Response r = as.contentType("application/merge-patch+json").header("If-Match", draft.header("ETag"))
                    .body("{\"headline\":\"Changed\"}").patch(ARTICLE, draft.<String>path("id"));
            return new Call(r, () -> headline(draft.path("id")).equals("Draft"));
        });
        minimum.put("patchPublished", Role.PUBLISHER);
        operations.put("patchPublished", as -> {
            Response draft = editorial.createDraft(section, "Live");
            String id = draft.path("id");
            String etag = editorial.publishNow(id, draft.header("ETag"));
            Response r = as.contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"headline\":\"Changed\"}").patch(ARTICLE, id);
            return new Call(r, () -> headline(id).equals("Live"));
        });
        minimum.put("publishArticle", Role.PUBLISHER);
        operations.put("publishArticle", as -> {
            Response draft = editorial.createDraft(section, "To publish");
            String id = draft.path("id");
            Response r = as.contentType("application/json").header("If-Match", draft.header("ETag")).body("{}")
                    .post(ARTICLE + "/publish", id);
            return new Call(r, () -> status(id) == ArticleStatus.DRAFT);
        });
        minimum.put("unpublishArticle", Role.PUBLISHER);
        operations.put("unpublishArticle", as -> {
            Response draft = editorial.createDraft(section, "To unpublish");
            String id = draft.path("id");
            String etag = editorial.publishNow(id, draft.header("ETag"));
            Response r = as.contentType("application/json").header("If-Match", etag).body("{}")
                    .post(ARTICLE + "/unpublish", id);
            return new Call(r, () -> status(id) == ArticleStatus.PUBLISHED);
        });
        minimum.put("deleteArticle", Role.PUBLISHER);
        operations.put("deleteArticle", as -> {
            Response draft = editorial.createDraft(section, "To delete");
            String id = draft.path("id");
            Response r = as.header("If-Match", draft.header("ETag")).delete(ARTICLE, id);
            return new Call(r, () -> status(id) == ArticleStatus.DRAFT);
        });
        minimum.put("restoreRevision", Role.EDITOR);
        operations.put("restoreRevision", as -> {
            Response draft = editorial.createDraft(section, "Restore me");
            String id = draft.path("id");
            Response r = as.header("If-Match", draft.header("ETag")).post(ARTICLE + "/revisions/1/restore", id);
            return new Call(r, () -> editorial.etag(id).equals(draft.header("ETag")));
        });
        minimum.put("restorePublishedAsDraft", Role.EDITOR);
        operations.put("restorePublishedAsDraft", as -> {
            Response draft = editorial.createDraft(section, "Restore live");
            String id = draft.path("id");
            String etag = editorial.publishNow(id, draft.header("ETag"));
            Response r = as.header("If-Match", etag).post(ARTICLE + "/revisions/1/restore", id);
            return new Call(r, () -> editorial.etag(id).equals(etag));
        });
        minimum.put("saveDraftOfPublished", Role.EDITOR);
        operations.put("saveDraftOfPublished", as -> {
            Response draft = editorial.createDraft(section, "Live");
            String id = draft.path("id");
            String etag = editorial.publishNow(id, draft.header("ETag"));
            Response r = as.contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"headline\":\"Changed\",\"draft\":true}").patch(ARTICLE, id);
            return new Call(r, () -> editorial.etag(id).equals(etag));
        });
        minimum.put("publishPendingDraft", Role.PUBLISHER);
        operations.put("publishPendingDraft", as -> {
            String id = publishedWithPendingDraft(section);
            String etag = editorial.etag(id);
            Response r = as.contentType("application/json").header("If-Match", etag).body("{}")
                    .post(ARTICLE + "/publish", id);
            return new Call(r, () -> editorial.etag(id).equals(etag) && headline(id).equals("Live"));
        });
        minimum.put("discardPendingDraft", Role.EDITOR);
        operations.put("discardPendingDraft", as -> {
            String id = publishedWithPendingDraft(section);
            String etag = editorial.etag(id);
            Response r = as.header("If-Match", etag).delete(ARTICLE + "/draft", id);
            return new Call(r, () -> editorial.etag(id).equals(etag));
        });
        minimum.put("listEditorialArticles", Role.EDITOR);
        operations.put("listEditorialArticles", as -> new Call(as.get("/api/v1/editorial/articles"), () -> true));
        minimum.put("createPreviewToken", Role.EDITOR);
        operations.put("createPreviewToken", as -> {
            String id = editorial.createDraft(section, "Preview").path("id");
            return new Call(as.post(ARTICLE + "/preview-tokens", id), () -> true);
        });
        minimum.put("createTag", Role.EDITOR);
        operations.put("createTag", as -> {
            String slug = Fixtures.unique("tag");
            Response r = as.contentType("application/json").body(Map.of("slug", slug, "name", "Tag", "type", "topic"))
                    .post("/api/v1/editorial/tags");
            return new Call(r, () -> tags.findBySlug(slug).isEmpty());
        });
        minimum.put("deleteTag", Role.PUBLISHER);
        operations.put("deleteTag", as -> {
            UUID id = fixtures.tag("Doomed", TagType.TOPIC).getId();
            return new Call(as.header("If-Match", editorial.etagOf("tags", id)).delete("/api/v1/editorial/tags/{id}", id),
                    () -> tags.findById(id) != null);
        });
        minimum.put("createMedia", Role.EDITOR);
        operations.put("createMedia", as -> {
            String url = "https://media.example.com/" + Fixtures.unique("m") + ".jpg";
            Response r = as.contentType("application/json").body(Map.of("type", "image", "url", url))
                    .post("/api/v1/editorial/media");
            return new Call(r, () -> media.count("url", url) == 0);
        });
        minimum.put("getEditorialMedia", Role.EDITOR);
        operations.put("getEditorialMedia", as -> {
            UUID id = fixtures.photo("Photo : Read").getId();
            return new Call(as.get("/api/v1/editorial/media/{id}", id), () -> true);
        });
        minimum.put("deleteMedia", Role.PUBLISHER);
        operations.put("deleteMedia", as -> {
            UUID id = fixtures.photo("Photo : Doomed").getId();
            return new Call(as.header("If-Match", editorial.etagOf("media", id)).delete("/api/v1/editorial/media/{id}", id),
                    () -> media.findById(id) != null);
        });
        minimum.put("createAuthor", Role.PUBLISHER);
        operations.put("createAuthor", as -> {
            String slug = Fixtures.unique("author");
            Response r = as.contentType("application/json").body(Map.of("slug", slug, "name", "New Writer"))
                    .post("/api/v1/editorial/authors");
            return new Call(r, () -> authors.findBySlug(slug).isEmpty());
        });
        minimum.put("deleteAuthor", Role.ADMIN);
        operations.put("deleteAuthor", as -> {
            UUID id = fixtures.author("Leaving").getId();
            return new Call(as.header("If-Match", editorial.etagOf("authors", id))
                    .delete("/api/v1/editorial/authors/{id}", id), () -> authors.findById(id) != null);
        });
        minimum.put("createSection", Role.ADMIN);
        operations.put("createSection", as -> {
            String slug = Fixtures.unique("section");
            Response r = as.contentType("application/json").body(Map.of("slug", slug, "name", "New", "position", 1))
                    .post("/api/v1/editorial/sections");
            return new Call(r, () -> sections.findBySlug(slug).isEmpty());
        });
        minimum.put("updateSection", Role.ADMIN);
        operations.put("updateSection", as -> {
            Section s = fixtures.section("Renamed?");
            Response r = as.contentType("application/json").header("If-Match", editorial.etagOf("sections", s.getId()))
                    .body(Map.of("slug", s.getSlug(), "name", "Renamed", "position", 1))
                    .put("/api/v1/editorial/sections/{id}", s.getId());
            return new Call(r, () -> sections.findBySlug(s.getSlug()).orElseThrow().getName().equals("Renamed?"));
        });
        minimum.put("deleteSection", Role.ADMIN);
        operations.put("deleteSection", as -> {
            UUID id = fixtures.section("Doomed").getId();
            return new Call(as.header("If-Match", editorial.etagOf("sections", id))
                    .delete("/api/v1/editorial/sections/{id}", id), () -> sections.findById(id) != null);
        });
        minimum.put("createApiKey", Role.ADMIN);
        operations.put("createApiKey", as -> {
            String name = Fixtures.unique("key");
            Response r = as.contentType("application/json").body(Map.of("name", name, "role", "editor"))
                    .post("/api/v1/editorial/keys");
            return new Call(r, () -> keys.count("name", name) == 0);
        });
        minimum.put("listApiKeys", Role.ADMIN);
        operations.put("listApiKeys", as -> new Call(as.get("/api/v1/editorial/keys"), () -> true));
        minimum.put("revokeApiKey", Role.ADMIN);
        operations.put("revokeApiKey", as -> {
            UUID id = UUID.fromString(editorial.admin().contentType("application/json")
                    .body(Map.of("name", Fixtures.unique("key"), "role", "editor")).post("/api/v1/editorial/keys")
                    .then().statusCode(201).extract().<String>path("key.id"));
            return new Call(as.delete("/api/v1/editorial/keys/{id}", id), () -> keys.findById(id).getRevokedAt() == null);
        });

        List<Caller> callers = List.of(
                new Caller("anonymous", () -> api(), null),
                new Caller("unknown key", () -> api().header("Authorization", "Bearer nd_not-a-key"), null),
                new Caller("revoked key", () -> api().header("Authorization", "Bearer " + revokedKey()), null),
                new Caller("editor", editorial::editor, Role.EDITOR),
                new Caller("publisher", editorial::publisher, Role.PUBLISHER),
                new Caller("admin", editorial::admin, Role.ADMIN));
        List<String> wrong = new ArrayList<>();
        for (Caller caller : callers) {
            for (Map.Entry<String, Operation> op : operations.entrySet()) {
                Call call = op.getValue().call(caller.spec().get());
                int status = call.response().statusCode();
                boolean allowed = caller.role() != null && caller.role().compareTo(minimum.get(op.getKey())) >= 0;
                int expectedRefusal = caller.role() == null ? 401 : 403;
                if (allowed ? status >= 300 : status != expectedRefusal) {
                    wrong.add(caller.name() + " " + op.getKey() + ": " + status + " " + call.response().asString());
                } else if (!allowed) {
                    assertEquals("application/problem+json", call.response().contentType());
                    if (status == 401) {
                        assertTrue(call.response().header("WWW-Authenticate").startsWith("Bearer"));
                    }
                    if (!call.unchanged().get()) {
                        wrong.add(caller.name() + " " + op.getKey() + " was refused but changed something");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theDeliveryApiStaysPublicWhateverKeyIsSent() {
        Article article = fixtures.article(fixtures.section("Public")).create();
        api().header("Authorization", "Bearer nd_not-a-key").get("/api/v1/articles/{id}", article.getId())
                .then().statusCode(200);
    }

    @Test
    void unauthorizedAndForbiddenAreProblems() {
        api().get("/api/v1/editorial/keys").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm="))
                .header("Cache-Control", "private, no-store")
                .body("code", equalTo("UNAUTHORIZED"));
        editorial.editor().get("/api/v1/editorial/keys").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    private String revokedKey() {
        Response created = editorial.admin().contentType("application/json")
                .body(Map.of("name", Fixtures.unique("revoked"), "role", "admin")).post("/api/v1/editorial/keys")
                .then().statusCode(201).extract().response();
        editorial.admin().delete("/api/v1/editorial/keys/{id}", created.<String>path("key.id")).then().statusCode(204);
        return created.path("secret");
    }

    /** A published article (headline "Live") whose pending draft an editor saved. */
    private String publishedWithPendingDraft(Section section) {
        Response draft = editorial.createDraft(section, "Live");
        String id = draft.path("id");
        String etag = editorial.publishNow(id, draft.header("ETag"));
        editorial.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"headline\":\"Draft\",\"draft\":true}").patch(ARTICLE, id).then().statusCode(200);
        return id;
    }

    private String headline(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> articles.findById(UUID.fromString(id)).getHeadline());
    }

    private ArticleStatus status(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> articles.findById(UUID.fromString(id)).getStatus());
    }
}
