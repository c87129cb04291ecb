package dev.newsdesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import dev.newsdesk.change.ChangeLog;
import dev.newsdesk.reference.ReferenceEditing;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.TagEditing;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.tag.api.TagRequest;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Webhooks read the real change log as their outbox: what editorial writes commit arrives, a rolled-back write sends
 * nothing, and changes committed while no worker ran (a crash, a restart) are sent by the next worker.
 */
@QuarkusTest
@TestProfile(LoopbackReceiverProfile.class)
class WebhookOutboxTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    ChangeLog log;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    WebhookEndpointRepository endpoints;
    @Inject
    ReferenceEditing referenceEditing;
    @Inject
    TagEditing tagEditing;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void committedWritesArriveInOrderAndRolledBackWritesSendNothing() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> endpoints.deleteAll());
        try (Receiver receiver = Receiver.onFreePort().up()) {
            String secret = editorial.admin().contentType("application/json")
                    .body(Map.of("url", receiver.url("/hook")))
                    .post("/api/v1/editorial/webhooks").then().statusCode(201).extract().path("secret");
            Section section = fixtures.section("Webhook outbox");
            Response created = editorial.createDraft(section, "Pier reopens"); // a draft: readers see nothing
            String id = created.path("id");
            String etag = editorial.publishNow(id, created.header("ETag"));

            long before = log.head();
            // A lost race (412) rolls back: no change row, so nothing to send.
            editorial.publisher().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body(Map.of("headline", "Never seen")).patch(ARTICLE, id).then().statusCode(412);
            // A write that stages its change, in a transaction that is then rolled back.
            QuarkusTransaction.begin();
            try {
                referenceEditing.create(tagEditing, new TagRequest(Fixtures.unique("rolled-back"), "Rolled back",
                        TagType.PLACE));
            } finally {
                QuarkusTransaction.rollback();
            }
            assertEquals(before, log.head(), "rolled-back writes record no change");

            editorial.publisher().contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("standfirst", "Ferries run again from Monday.")).patch(ARTICLE, id)
                    .then().statusCode(200);

            // No worker ran while these committed (as if the instance had crashed); the next one sends them all.
            assertEquals(List.of(), receiver.received());
            while (dispatcher.runRound("after-restart") > 0) {
                // until drained
            }

            // The endpoint hears every article change of the shared database: other tests' scheduled articles come
            // due on the real clock too. This article's messages are the ones to check, exactly.
            List<Receiver.Received> got = receiver.received().stream()
                    .filter(r -> id.equals(((Map<?, ?>) read(r.body()).get("data")).get("id"))).toList();
            List<String> types = got.stream().map(r -> (String) read(r.body()).get("type")).toList();
            assertEquals(List.of("article.published", "article.edited"), types);
            for (Receiver.Received request : got) {
                new Webhook(secret).verify(request.body(), request.headers());
                Map<?, ?> data = (Map<?, ?>) read(request.body()).get("data");
                assertEquals(id, data.get("id"));
                assertEquals("article", data.get("itemType"));
                assertEquals("en", data.get("language"));
            }
            Map<?, ?> published = (Map<?, ?>) read(got.get(0).body()).get("data");
            assertEquals(List.of("article:" + id, "section:" + section.getId()), published.get("surrogateKeys"));
            Map<?, ?> edited = (Map<?, ?>) read(got.get(1).body()).get("data");
            assertEquals(List.of("article:" + id), edited.get("surrogateKeys"));
            assertEquals(true, ((Number) published.get("seq")).longValue() < ((Number) edited.get("seq")).longValue());
        }
    }

    private Map<?, ?> read(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}
