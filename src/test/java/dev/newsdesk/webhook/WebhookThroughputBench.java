package dev.newsdesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.testing.EditorialFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How many deliveries per second one instance sends to a local receiver (README "Webhooks", the note). Not part of
 * the suite: {@code ./mvnw -o test -Dtest=WebhookThroughputBench -Dwebhook-bench=true}. Bounded by
 * webhook-bench.messages (default 3000) and by 60 s of sending.
 */
@QuarkusTest
@TestProfile(ScriptedChangesProfile.class)
@EnabledIfSystemProperty(named = "webhook-bench", matches = "true")
class WebhookThroughputBench {

    @Inject
    EditorialFixtures editorial;
    @Inject
    TestChangeSource changes;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    WebhookEndpointRepository endpoints;

    @Test
    void deliveriesPerSecond() {
        int total = Integer.getInteger("webhook-bench.messages", 3000);
        QuarkusTransaction.requiringNew().run(() -> endpoints.deleteAll());
        try (Receiver receiver = Receiver.onFreePort().up()) {
            editorial.admin().contentType("application/json").body(Map.of("url", receiver.url("/bench")))
                    .post("/api/v1/editorial/webhooks").then().statusCode(201);
            for (int i = 0; i < total; i++) {
                changes.append("article.updated", "article", "bench-" + i, List.of("article:bench-" + i));
            }
            long started = System.nanoTime();
            int sent = 0;
            while (sent < total && System.nanoTime() - started < 60_000_000_000L) {
                sent += dispatcher.runRound();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("WEBHOOK BENCH: %d deliveries in %.1f s = %.0f per second%n", sent, seconds,
                    sent / seconds);
            // Capped at 60 s, a slow machine sends fewer than all: what was sent must have arrived, once each.
            assertEquals(sent, receiver.received().size());
        }
    }
}
