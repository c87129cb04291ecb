package dev.newsdesk.apikey;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyResourceTest {

    private static final String KEYS = "/api/v1/editorial/keys";
    private static final String BOOTSTRAP_SECRET = "nd_test-bootstrap-admin-key-not-for-production";

    @Inject
    EditorialFixtures editorial;
    @Inject
    ApiKeyService service;
    @Inject
    ApiKeyRepository keys;
    @Inject
    UserTransaction transaction;

    @Test
    void aNewKeyShowsItsSecretOnceWorksAtOnceAndStopsWhenRevoked() {
        String name = Fixtures.unique("desk");
        Response created = editorial.admin().contentType("application/json")
                .body(Map.of("name", name, "role", "publisher")).post(KEYS)
                .then().statusCode(201).header("Cache-Control", "private, no-store")
                .body("key.name", equalTo(name))
                .body("key.role", equalTo("publisher"))
                .body("key.revokedAt", nullValue())
                .body("secret", startsWith("nd_"))
                .extract().response();
        String secret = created.path("secret");
        String id = created.path("key.id");
        assertTrue(secret.startsWith(created.<String>path("key.prefix")));

        String listed = editorial.admin().get(KEYS).then().statusCode(200)
                .body("data.name", hasItem(name)).extract().asString();
        assertFalse(listed.contains(secret), "the list never shows a secret");
        assertTrue(keys.find("name", name).firstResult().getKeyHash().length() == 64, "only a hash is stored");
        assertFalse(keys.find("name", name).firstResult().getKeyHash().contains(secret));

        api().header("Authorization", "Bearer " + secret).get("/api/v1/editorial/articles/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404);
        editorial.admin().delete(KEYS + "/{id}", id).then().statusCode(204);
        api().header("Authorization", "Bearer " + secret).get("/api/v1/editorial/articles/{id}", java.util.UUID.randomUUID())
                .then().statusCode(401).body("detail", equalTo("The API key is unknown or revoked"));
        editorial.admin().get(KEYS).then().body("findAll { it.name == '" + name + "' }.revokedAt", not(hasItem(nullValue())));
    }

    @Test
    void badKeyRequestsAreProblems() {
        editorial.admin().contentType("application/json").body(Map.of("name", "", "role", "chief")).post(KEYS)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/role"));
        editorial.admin().contentType("application/json").body(Map.of("name", " ", "role", "editor")).post(KEYS)
                .then().statusCode(422).body("errors[0].pointer", equalTo("/name"));
        editorial.admin().delete(KEYS + "/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theConfiguredBootstrapKeyIsAnAdminKey() {
        api().header("Authorization", "Bearer " + BOOTSTRAP_SECRET).get(KEYS)
                .then().statusCode(200).body("data.name", hasItem("bootstrap-admin"));
        assertFalse(service.storeIfAbsent("bootstrap-admin", dev.newsdesk.security.Role.ADMIN, BOOTSTRAP_SECRET),
                "a restart does not store the configured key twice");
    }

    @Test
    void anAdminKeyIsGeneratedOnlyWhenNoKeyExists() throws Exception {
        assertEquals(Optional.empty(), service.generateAdminIfNone("generated"));
        // On an empty table, inside a transaction that is rolled back so other tests keep their keys.
        transaction.begin();
        try {
            keys.deleteAll();
            Optional<String> secret = service.generateAdminIfNone("generated");
            assertTrue(secret.isPresent());
            assertEquals(dev.newsdesk.security.Role.ADMIN, service.authenticate(secret.get()).orElseThrow().getRole());
            assertEquals(Optional.empty(), service.generateAdminIfNone("generated"));
        } finally {
            transaction.rollback();
        }
    }
}
