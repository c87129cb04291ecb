package dev.newsdesk.testing;

import static dev.newsdesk.testing.Api.api;

import dev.newsdesk.apikey.ApiKeyService;
import dev.newsdesk.apikey.api.ApiKeyCreateRequest;
import dev.newsdesk.section.Section;
import dev.newsdesk.security.Role;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** API keys per role and editorial requests made with them, for the editorial API's HTTP tests. */
@ApplicationScoped
public class EditorialFixtures {

    @Inject
    ApiKeyService keys;

    private final Map<Role, String> secrets = new EnumMap<>(Role.class);

    /** A key of this role, created once per test run. */
    public synchronized String key(Role role) {
        return secrets.computeIfAbsent(role,
                r -> keys.create(new ApiKeyCreateRequest("test-" + r.roleName(), r)).secret());
    }

    /** A contract-checked request sent with a key of this role. */
    public RequestSpecification as(Role role) {
        return api().header("Authorization", "Bearer " + key(role));
    }

    public RequestSpecification editor() {
        return as(Role.EDITOR);
    }

    public RequestSpecification publisher() {
        return as(Role.PUBLISHER);
    }

    public RequestSpecification admin() {
        return as(Role.ADMIN);
    }

    /** A minimal valid create request for a draft in this section. */
    public Map<String, Object> draftBody(Section section, String headline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", Fixtures.unique("draft"));
        body.put("headline", headline);
        body.put("standfirst", "Standfirst of " + headline);
        body.put("language", "en");
        body.put("sectionId", section.getId().toString());
        body.put("authorIds", List.of());
        body.put("tagIds", List.of());
        body.put("body", List.of(Map.of("type", "paragraph", "html", "First paragraph of " + headline)));
        return body;
    }

    /** Creates a draft as an editor; returns the 201 response (id, ETag). */
    public Response createDraft(Section section, String headline) {
        return editor().contentType("application/json").body(draftBody(section, headline))
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
    }

    /** Publishes now as a publisher; returns the new ETag. */
    public String publishNow(String id, String etag) {
        return publisher().contentType("application/json").header("If-Match", etag).body("{}")
                .post("/api/v1/editorial/articles/{id}/publish", id).then().statusCode(200).extract().header("ETag");
    }

    /** The ETag of a section, author, tag or media asset: {@code etagOf("sections", id)}. */
    public String etagOf(String collection, Object id) {
        return editor().get("/api/v1/editorial/" + collection + "/{id}", id).then().statusCode(200).extract()
                .header("ETag");
    }

    public String etag(String id) {
        return editor().get("/api/v1/editorial/articles/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /**
     * Creates a 1600x900 photo as an editor, with usage rights (terms and window bounds may be null); returns its
     * id.
     */
    public String createPhoto(String credit, String usageTerms, java.time.Instant validFrom,
                              java.time.Instant validUntil) {
        Map<String, Object> rights = new LinkedHashMap<>();
        rights.put("usageTerms", usageTerms);
        rights.put("validFrom", validFrom == null ? null : validFrom.toString());
        rights.put("validUntil", validUntil == null ? null : validUntil.toString());
        rights.put("syndicationAllowed", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "image");
        body.put("url", "https://media.example.com/test/" + Fixtures.unique("photo") + ".jpg");
        body.put("width", 1600);
        body.put("height", 900);
        body.put("credit", credit);
        body.put("rights", rights);
        return editor().contentType("application/json").body(body).post("/api/v1/editorial/media").then()
                .statusCode(201).extract().path("id");
    }
}
