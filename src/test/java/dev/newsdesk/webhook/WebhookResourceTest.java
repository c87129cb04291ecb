package dev.newsdesk.webhook;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin API of webhooks through HTTP; loopback targets are refused here as in production. */
@QuarkusTest
class WebhookResourceTest {

    private static final String WEBHOOKS = "/api/v1/editorial/webhooks";
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;
    @Inject
    TestHostResolver dns;
    @Inject
    WebhookEndpointRepository endpoints;
    @Inject
    WebhookSecrets secrets;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEndpointIsCreatedListedReadChangedAndDeleted() {
        clock.set(NOW);
        dns.answer("hooks.example.com", "93.184.216.34");
        Response created = editorial.admin().contentType("application/json")
                .body(Map.of("url", "https://hooks.example.com/newsdesk", "eventTypes", List.of("article.*"),
                        "description", "  Front end  "))
                .post(WEBHOOKS).then().statusCode(201)
                .header("Cache-Control", "private, no-store")
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .extract().response();
        String id = created.path("webhook.id");
        created.then().header("Location", equalTo(created.getHeader("Location")))
                .header("Location", org.hamcrest.Matchers.endsWith(WEBHOOKS + "/" + id));
        assertEquals(32, Base64.getDecoder().decode(created.<String>path("secret").substring(6)).length);
        Map<String, Object> expected = webhook(id, "https://hooks.example.com/newsdesk", List.of("article.*"),
                "Front end", true, null);
        assertEquals(expected, created.path("webhook"));

        String listed = editorial.admin().get(WEBHOOKS).then().statusCode(200).extract().asString();
        assertFalse(listed.contains(created.<String>path("secret").substring(6)), "the secret is never shown again");
        assertEquals(expected, editorial.admin().get(WEBHOOKS).then().extract().jsonPath()
                .getList("data.findAll { it.id == '" + id + "' }").get(0));
        assertEquals(expected, editorial.admin().get(WEBHOOKS + "/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap(""));

        String stored = stored(id).getSecret();
        assertFalse(stored.contains(created.<String>path("secret").substring(6)), "stored encrypted");
        assertEquals(created.<String>path("secret"), secrets.open(stored));

        clock.set(NOW.plusSeconds(60));
        Map<String, Object> changed = webhook(id, "https://hooks.example.com/v2", List.of("article.published",
                "section.*"), "Front end, v2", false, "Disabled by an admin");
        changed.put("disabledAt", "2026-12-01T09:01:00+09:00");
        changed.put("updatedAt", "2026-12-01T09:01:00+09:00");
        assertEquals(changed, editorial.admin().contentType("application/json")
                .body(Map.of("url", "https://hooks.example.com/v2", "eventTypes",
                        List.of("article.published", "section.*", "article.published"),
                        "description", "Front end, v2", "enabled", false))
                .put(WEBHOOKS + "/{id}", id).then().statusCode(200).extract().jsonPath().getMap(""));

        editorial.admin().contentType("application/json")
                .body(Map.of("url", "https://hooks.example.com/v2", "eventTypes", List.of(),
                        "description", "", "enabled", true))
                .put(WEBHOOKS + "/{id}", id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("disabledReason", nullValue())
                .body("disabledAt", nullValue()).body("eventTypes", equalTo(List.of()));

        editorial.admin().delete(WEBHOOKS + "/{id}", id).then().statusCode(204);
        editorial.admin().get(WEBHOOKS + "/{id}", id).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("No webhook '" + id + "'"));
    }

    @Test
    void rotationShowsTheNewSecretOnceAndTellsUntilWhenTheOldOneSigns() {
        clock.set(NOW);
        String id = create("https://rotate.example.com/hook");
        String first = secrets.open(stored(id).getSecret());
        clock.set(NOW.plusSeconds(3600));
        Response rotated = editorial.admin().post(WEBHOOKS + "/{id}/rotate-secret", id).then().statusCode(200)
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("webhook.previousSecretSignsUntil", equalTo("2026-12-02T10:00:00+09:00"))
                .extract().response();
        assertNotEquals(first, rotated.path("secret"));
        WebhookEndpoint stored = stored(id);
        assertEquals(rotated.<String>path("secret"), secrets.open(stored.getSecret()));
        assertEquals(first, secrets.open(stored.getPreviousSecret()));

        clock.set(NOW.plusSeconds(3600 + 24 * 3600));
        editorial.admin().get(WEBHOOKS + "/{id}", id).then().statusCode(200)
                .body("previousSecretSignsUntil", nullValue());
    }

    @Test
    void everySpecialAddressAndBadUrlIsRefusedAtRegistrationNamingUrl() {
        dns.answer("localhost", "127.0.0.1", "::1");
        dns.answer("internal.test", "10.1.2.3");
        Map<String, String> refused = new LinkedHashMap<>();
        refused.putAll(WebhookTargetGuardTest.REFUSED_ADDRESSES);
        refused.putAll(WebhookTargetGuardTest.REFUSED_URLS);
        refused.put("http://localhost:8080/hook", "resolves to 127.0.0.1, not a public address: loopback (127.0.0.0/8)");
        refused.put("https://internal.test/hook", "resolves to 10.1.2.3, not a public address: private (10.0.0.0/8)");
        refused.forEach((url, message) -> {
            Map<String, Object> problem = editorial.admin().contentType("application/json")
                    .body(Map.of("url", url)).post(WEBHOOKS).then().statusCode(422)
                    .contentType("application/problem+json").extract().jsonPath().getMap("");
            assertEquals(Map.of("type", "urn:newsdesk:problem:unprocessable", "title", "Unprocessable content",
                    "status", 422, "detail", "/url: " + message, "instance", WEBHOOKS, "code", "UNPROCESSABLE",
                    "errors", List.of(Map.of("pointer", "/url", "message", message))), problem, url);
        });
        String id = create("https://public.example.com/hook");
        editorial.admin().contentType("application/json")
                .body(Map.of("url", "http://0x7f.1/", "eventTypes", List.of(), "description", "", "enabled", true))
                .put(WEBHOOKS + "/{id}", id).then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/url",
                        "message", "is not a public address: loopback (127.0.0.0/8)"))));
    }

    @Test
    void invalidRequestsAreProblemsNamingTheField() {
        editorial.admin().contentType("application/json").body(Map.of("eventTypes", List.of("article.*")))
                .post(WEBHOOKS).then().statusCode(422)
                .body("errors", equalTo(List.of(Map.of("pointer", "/url", "message", "must not be blank"))));
        editorial.admin().contentType("application/json")
                .body(Map.of("url", "https://hooks.example.com/x", "eventTypes",
                        List.of("article.*", "Article", "*", "article.updated", "page.*", "tag.deleted")))
                .post(WEBHOOKS).then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("/eventTypes/1", "/eventTypes/2", "/eventTypes/3",
                        "/eventTypes/4")))
                .body("errors[0].message", equalTo("must be <item type>.<reason> or <item type>.*, item types "
                        + "article, section, author, tag, media, collection, site, reasons created, published, "
                        + "scheduled_publication, edited, corrected, reference_changed, related_changed, "
                        + "translations_changed, deleted, unpublished, expired"));
        editorial.admin().contentType("application/json").body("{\"url\": \"https://hooks.example.com/x\",")
                .post(WEBHOOKS).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        editorial.admin().contentType("application/json")
                .body(Map.of("url", "https://hooks.example.com/x", "secret", "whsec_mine"))
                .post(WEBHOOKS).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        String id = create("https://fields.example.com/hook");
        editorial.admin().contentType("application/json").body(Map.of("url", "https://fields.example.com/hook"))
                .put(WEBHOOKS + "/{id}", id).then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("/description", "/enabled", "/eventTypes")));
        editorial.admin().get(WEBHOOKS + "/{id}/deliveries?limit=101", id).then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("parameter", "limit", "message", "must be between 1 and 100"))));
        editorial.admin().get(WEBHOOKS + "/{id}/deliveries?page=2", id).then().statusCode(400)
                .body("errors[0].parameter", equalTo("page"));
        String other = create("https://other-fields.example.com/hook");
        String othersCursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v1|webhook-deliveries|" + other + "|7").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String cursor : List.of("bogus", othersCursor, othersCursor.substring(0, othersCursor.length() - 2))) {
            editorial.admin().queryParam("cursor", cursor).get(WEBHOOKS + "/{id}/deliveries", id).then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_CURSOR"))
                    .body("errors", equalTo(List.of(Map.of("parameter", "cursor",
                            "message", "unknown or malformed cursor"))));
        }
    }

    @Test
    void unknownEndpointsAndMessagesAre404() {
        String missing = UUID.randomUUID().toString();
        Map<String, Object> update = Map.of("url", "https://hooks.example.com/x", "eventTypes", List.of(),
                "description", "", "enabled", true);
        editorial.admin().get(WEBHOOKS + "/{id}", missing).then().statusCode(404);
        editorial.admin().contentType("application/json").body(update).put(WEBHOOKS + "/{id}", missing)
                .then().statusCode(404);
        editorial.admin().delete(WEBHOOKS + "/{id}", missing).then().statusCode(404);
        editorial.admin().post(WEBHOOKS + "/{id}/rotate-secret", missing).then().statusCode(404);
        editorial.admin().get(WEBHOOKS + "/{id}/deliveries", missing).then().statusCode(404);
        editorial.admin().post(WEBHOOKS + "/{id}/messages/{m}/redeliver", missing, "msg_x").then().statusCode(404);
        String id = create("https://messages.example.com/hook");
        editorial.admin().get(WEBHOOKS + "/{id}/deliveries", id).then().statusCode(200)
                .body("data", equalTo(List.of()))
                .body("meta.limit", equalTo(50)).body("meta.nextCursor", equalTo(null))
                .body("links.self", equalTo(WEBHOOKS + "/" + id + "/deliveries"))
                .body("links.next", equalTo(null));
        editorial.admin().post(WEBHOOKS + "/{id}/messages/{m}/redeliver", id, "msg_nothing").then().statusCode(404)
                .body("detail", equalTo("No message 'msg_nothing'"));
    }

    @Test
    void onlyAdminsManageWebhooks() {
        api().get(WEBHOOKS).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        api().contentType("application/json").body(Map.of("url", "https://hooks.example.com/x")).post(WEBHOOKS)
                .then().statusCode(401);
        editorial.publisher().get(WEBHOOKS).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        editorial.editor().contentType("application/json").body(Map.of("url", "https://hooks.example.com/x"))
                .post(WEBHOOKS).then().statusCode(403);
        editorial.editor().post(WEBHOOKS + "/{id}/rotate-secret", UUID.randomUUID()).then().statusCode(403);
    }

    /** The row as committed now (a read in its own transaction, not the test's cached copy). */
    private WebhookEndpoint stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> endpoints.findById(UUID.fromString(id)));
    }

    private String create(String url) {
        return editorial.admin().contentType("application/json").body(Map.of("url", url)).post(WEBHOOKS)
                .then().statusCode(201).extract().path("webhook.id");
    }

    private static Map<String, Object> webhook(String id, String url, List<String> eventTypes, String description,
                                               boolean enabled, String disabledReason) {
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("id", id);
        webhook.put("url", url);
        webhook.put("eventTypes", eventTypes);
        webhook.put("description", description);
        webhook.put("enabled", enabled);
        webhook.put("disabledReason", disabledReason);
        webhook.put("disabledAt", null);
        webhook.put("previousSecretSignsUntil", null);
        webhook.put("createdAt", "2026-12-01T09:00:00+09:00");
        webhook.put("updatedAt", "2026-12-01T09:00:00+09:00");
        return webhook;
    }
}
