package dev.newsdesk.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a receiver on 127.0.0.1, the worker driven round by round with the test clock: signatures checked by
 * the independent Standard Webhooks library, rotation, the outage drill, Retry-After, disabling, the SSRF check at
 * send time, leases of a worker that died, redelivery and the metrics.
 */
@QuarkusTest
@TestProfile(ScriptedChangesProfile.class)
class WebhookDeliveryTest {

    private static final String WEBHOOKS = "/api/v1/editorial/webhooks";
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Inject
    EditorialFixtures editorial;
    @Inject
    MutableClock clock;
    @Inject
    TestHostResolver dns;
    @Inject
    TestChangeSource changes;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    WebhookQueue queue;
    @Inject
    WebhookFanOut fanOut;
    @Inject
    WebhookEndpointRepository endpoints;
    @Inject
    WebhookMessageRepository messages;

    private final ObjectMapper json = new ObjectMapper();
    private Receiver receiver;

    @BeforeEach
    void start() {
        clock.set(T0);
        QuarkusTransaction.requiringNew().run(() -> endpoints.deleteAll()); // each drill alone with its receiver
        receiver = Receiver.onFreePort();
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void signaturesVerifyWithTheStandardWebhooksLibraryAndPayloadsAreThin() throws Exception {
        receiver.up();
        Registered hook = register(receiver.url("/hooks/newsdesk?site=herald"));
        String article = UUID.randomUUID().toString();
        ChangeSource.Change change = changes.append("article.published", "article", article,
                List.of("article:" + article, "articles"));

        assertEquals(1, dispatcher.runRound());

        List<Receiver.Received> got = receiver.received();
        assertEquals(1, got.size());
        Receiver.Received request = got.get(0);
        new Webhook(hook.secret()).verify(request.body(), request.headers());
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(hook.secret()).verify(request.body().replace("published", "deleted"),
                        request.headers()), "a changed body fails verification");
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                        .verify(request.body(), request.headers()), "another secret fails verification");
        assertTrue(request.header("webhook-id").matches("msg_[0-9a-f]{32}"));
        long timestamp = Long.parseLong(request.header("webhook-timestamp"));
        assertTrue(Math.abs(timestamp - System.currentTimeMillis() / 1000) < 60, "unix seconds of the send");
        assertEquals("application/json", request.header("content-type"));
        assertEquals("127.0.0.1:" + receiver.port(), request.header("host"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("itemType", "article");
        data.put("id", article);
        data.put("seq", (int) change.seq());
        data.put("surrogateKeys", List.of("article:" + article, "articles"));
        assertEquals(Map.of("type", "article.published", "timestamp", "2026-12-01T09:00:00+09:00", "data", data),
                json.readValue(request.body(), Map.class));
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGracePeriodEnds() throws Exception {
        receiver.up();
        Registered hook = register(receiver.url("/hook"));
        String rotated = editorial.admin().post(WEBHOOKS + "/{id}/rotate-secret", hook.id()).then().statusCode(200)
                .extract().path("secret");
        changes.append("article.updated", "article", "a-1", List.of());
        dispatcher.runRound();
        Receiver.Received during = receiver.received().get(0);
        String[] signatures = during.header("webhook-signature").split(" ");
        assertEquals(2, signatures.length);
        new Webhook(rotated).verify(during.body(), during.headers());
        new Webhook(hook.secret()).verify(during.body(), during.headers());

        clock.set(T0.plus(Duration.ofHours(24)));
        changes.append("article.updated", "article", "a-2", List.of());
        dispatcher.runRound();
        Receiver.Received after = receiver.received().get(1);
        assertEquals(1, after.header("webhook-signature").split(" ").length);
        new Webhook(rotated).verify(after.body(), after.headers());
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(hook.secret()).verify(after.body(), after.headers()));
    }

    @Test
    void outageDrillEveryEventArrivesInOrderPerItemWithTheSameIdOnRetries() {
        Registered hook = register(receiver.url("/hook")); // nothing listens yet: connections are refused
        List<ChangeSource.Change> sent = List.of(
                changes.append("article.published", "article", "a", List.of("article:a")),
                changes.append("article.published", "article", "b", List.of("article:b")),
                changes.append("article.updated", "article", "a", List.of("article:a")),
                changes.append("article.updated", "article", "b", List.of("article:b")),
                changes.append("article.deleted", "article", "a", List.of("article:a")));

        assertEquals(2, dispatcher.runRound(), "one message per item at a time: a and b first");
        assertEquals(0, dispatcher.runRound(), "nothing is due before the backoff");

        receiver.answering(500, "upstream down").up();
        clock.set(T0.plus(Duration.ofMinutes(1)));
        assertEquals(2, dispatcher.runRound());

        receiver.answering(200, "thanks");
        clock.set(T0.plus(Duration.ofMinutes(2)));
        int rounds = 0;
        while (dispatcher.runRound() > 0) {
            rounds++;
        }
        assertEquals(3, rounds, "a1 b1, then a2 b2, then a3");

        List<Receiver.Received> got = receiver.received();
        assertEquals(7, got.size(), "two answered 500, five 200");
        Map<String, List<Integer>> seqsByItem = new LinkedHashMap<>();
        Map<Integer, Set<String>> idsBySeq = new LinkedHashMap<>();
        for (Receiver.Received request : got.subList(2, 7)) {
            Map<?, ?> data = (Map<?, ?>) read(request.body()).get("data");
            seqsByItem.computeIfAbsent((String) data.get("id"), k -> new ArrayList<>()).add((Integer) data.get("seq"));
        }
        for (Receiver.Received request : got) {
            Map<?, ?> data = (Map<?, ?>) read(request.body()).get("data");
            idsBySeq.computeIfAbsent((Integer) data.get("seq"), k -> new HashSet<>()).add(request.header("webhook-id"));
        }
        List<Integer> seqs = sent.stream().map(c -> (int) c.seq()).toList();
        assertEquals(Map.of("a", List.of(seqs.get(0), seqs.get(2), seqs.get(4)), "b", List.of(seqs.get(1), seqs.get(3))),
                seqsByItem);
        idsBySeq.forEach((seq, ids) -> assertEquals(1, ids.size(), "one webhook-id for seq " + seq));
        assertEquals(5, idsBySeq.size(), "every event arrived");

        List<Map<String, Object>> log = editorial.admin().get(WEBHOOKS + "/{id}/deliveries", hook.id())
                .then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(9, log.size());
        String a1 = messageOf(hook, sent.get(0));
        List<Map<String, Object>> a1Story = log.stream().filter(d -> d.get("messageId").equals(a1)).toList();
        assertEquals(List.of(3, 2, 1), a1Story.stream().map(d -> d.get("attempt")).toList(), "latest first");
        assertEquals(List.of("delivered", "failed", "failed"), a1Story.stream().map(d -> d.get("outcome")).toList());
        assertEquals(java.util.Arrays.asList(200, 500, null),
                a1Story.stream().map(d -> d.get("httpStatus")).toList());
        assertEquals(java.util.Arrays.asList("thanks", "upstream down", null),
                a1Story.stream().map(d -> d.get("responseBody")).toList());
        assertTrue(((String) a1Story.get(2).get("error")).startsWith("connection failed: "), a1Story.toString());
        assertEquals("article.published", a1Story.get(0).get("eventType"));
        assertEquals("2026-12-01T09:02:00+09:00", a1Story.get(0).get("attemptedAt"));

        // The same log by pages of 4: 4 + 4 + 1, in the same order, each next link (body and Link header) leading on.
        List<String> pages = new ArrayList<>();
        List<String> byPage = new ArrayList<>();
        String next = WEBHOOKS + "/" + hook.id() + "/deliveries?limit=4";
        while (next != null) {
            io.restassured.response.Response page = editorial.admin().get(next).then().statusCode(200).extract()
                    .response();
            List<Map<String, Object>> data = page.jsonPath().getList("data");
            pages.add(data.size() + "");
            data.forEach(d -> byPage.add(d.get("messageId") + "#" + d.get("attempt")));
            String following = page.jsonPath().getString("links.next");
            assertEquals(page.jsonPath().getString("meta.nextCursor") == null, following == null);
            List<String> link = page.headers().getValues("Link");
            assertEquals(following == null ? List.of("<" + page.jsonPath().getString("links.self") + ">; rel=\"self\"")
                    : List.of("<" + page.jsonPath().getString("links.self") + ">; rel=\"self\"",
                            "<" + following + ">; rel=\"next\""), link);
            next = following;
        }
        assertEquals(List.of("4", "4", "1"), pages);
        assertEquals(log.stream().map(d -> d.get("messageId") + "#" + d.get("attempt")).toList(), byPage);
    }

    @Test
    void retryAfterIsHonoured() {
        receiver.answering(503, "busy", Map.of("Retry-After", "120")).up();
        register(receiver.url("/hook"));
        changes.append("article.updated", "article", "r", List.of());
        assertEquals(1, dispatcher.runRound());
        clock.set(T0.plusSeconds(119));
        assertEquals(0, dispatcher.runRound(), "the backoff alone would retry after about 5 s");
        clock.set(T0.plusSeconds(120));
        receiver.answering(200, "");
        assertEquals(1, dispatcher.runRound());
        assertEquals(2, receiver.received().size());
    }

    @Test
    void a410FromTheReceiverDisablesTheEndpoint() {
        receiver.answering(410, "gone for good").up();
        Registered hook = register(receiver.url("/hook"));
        changes.append("article.updated", "article", "g", List.of());
        dispatcher.runRound();
        editorial.admin().get(WEBHOOKS + "/{id}", hook.id()).then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", equalTo("The receiver answered 410 Gone"))
                .body("disabledAt", equalTo("2026-12-01T09:00:00+09:00"));
        changes.append("article.updated", "article", "h", List.of());
        clock.set(T0.plus(Duration.ofHours(2)));
        assertEquals(0, dispatcher.runRound(), "a disabled endpoint gets nothing");
        assertEquals(1.0, gauge("newsdesk_webhook_endpoints_disabled"));

        receiver.answering(200, "back");
        editorial.admin().contentType("application/json")
                .body(Map.of("url", receiver.url("/hook"), "eventTypes", List.of(), "description", "",
                        "enabled", true))
                .put(WEBHOOKS + "/{id}", hook.id()).then().statusCode(200);
        while (dispatcher.runRound() > 0) {
            clock.set(clock.instant().plusSeconds(3600));
        }
        assertEquals(3, receiver.received().size(), "re-enabled, it catches up: g again, then h");
    }

    @Test
    void anEndpointFailingForTheWholeConfiguredPeriodIsDisabled() {
        Registered hook = register(receiver.url("/hook")); // down throughout
        changes.append("article.updated", "article", "f", List.of());
        dispatcher.runRound();
        clock.set(T0.plus(Duration.ofDays(3)).minusSeconds(1));
        dispatcher.runRound();
        editorial.admin().get(WEBHOOKS + "/{id}", hook.id()).then().body("enabled", equalTo(true));
        clock.set(T0.plus(Duration.ofDays(3)).plusSeconds(60)); // the next retry, due 10 s after the last one
        assertEquals(1, dispatcher.runRound());
        editorial.admin().get(WEBHOOKS + "/{id}", hook.id()).then()
                .body("enabled", equalTo(false))
                .body("disabledReason", equalTo("Every delivery failed since 2026-12-01T09:00:00+09:00"));
    }

    @Test
    void aDnsAnswerThatTurnsPrivateIsRefusedAtSendTimeAndLogged() throws Exception {
        receiver.up();
        dns.answer("rebind.test", "127.0.0.1");
        Registered hook = register("http://rebind.test:" + receiver.port() + "/hook");
        changes.append("article.updated", "article", "ok", List.of());
        dispatcher.runRound();
        assertEquals(1, receiver.received().size());
        assertEquals("rebind.test:" + receiver.port(), receiver.received().get(0).header("host"));

        Map<String, String> turned = new LinkedHashMap<>();
        turned.put("10.0.0.7", "private (10.0.0.0/8)");
        turned.put("172.20.1.1", "private (172.16.0.0/12)");
        turned.put("192.168.1.20", "private (192.168.0.0/16)");
        turned.put("100.64.3.4", "shared address space (100.64.0.0/10)");
        turned.put("169.254.169.254", "link-local (169.254.0.0/16)");
        turned.put("0.0.0.0", "unspecified (0.0.0.0/8)");
        turned.put("224.0.0.251", "multicast (224.0.0.0/4)");
        turned.put("255.255.255.255", "broadcast (255.255.255.255)");
        turned.put("fe80::1", "link-local (fe80::/10)");
        turned.put("fd00::1", "unique local (fc00::/7)");
        turned.put("64:ff9b::a9fe:a9fe", "NAT64 (64:ff9b::/96) of link-local (169.254.0.0/16)");
        turned.put("2002:a00:1::1", "6to4 (2002::/16) of private (10.0.0.0/8)");
        turned.put("2001:db8::5", "documentation (2001:db8::/32)");
        turned.put("::ffff:10.1.1.1", "private (10.0.0.0/8)");
        int item = 0;
        for (Map.Entry<String, String> answer : turned.entrySet()) {
            dns.answer("rebind.test", answer.getKey());
            changes.append("article.updated", "article", "turned-" + item++, List.of());
            assertEquals(1, dispatcher.runRound());
            Map<String, Object> latest = editorial.admin().get(WEBHOOKS + "/{id}/deliveries?limit=1", hook.id())
                    .then().statusCode(200).extract().jsonPath().getMap("data[0]");
            String shown = java.net.InetAddress.getByName(answer.getKey()).getHostAddress();
            assertEquals("refused", latest.get("outcome"), answer.getKey());
            assertEquals(null, latest.get("httpStatus"));
            assertEquals("rebind.test resolves to " + shown + ", not a public address: " + answer.getValue()
                    + "; not sent", latest.get("error"));
        }
        assertEquals(1, receiver.received().size(), "nothing reached the receiver after the answer changed");
    }

    @Test
    void messagesClaimedByAWorkerThatDiedAreClaimedAgainWhenItsLeaseRunsOut() {
        receiver.up();
        register(receiver.url("/hook"));
        changes.append("article.updated", "article", "lease", List.of());
        dispatcher.runRound("warm-up");
        assertEquals(1, receiver.received().size());

        changes.append("article.updated", "article", "lease-2", List.of());
        // The worker that claims next dies before sending: its claim is all that is left of it.
        fanOut.run(100);
        assertEquals(1, queue.claim("worker-that-died", 10).size());
        clock.set(T0.plusSeconds(59));
        assertEquals(0, dispatcher.runRound("survivor"), "the lease still holds");
        clock.set(T0.plusSeconds(60).plusMillis(1));
        assertEquals(1, dispatcher.runRound("survivor"));
        assertEquals(2, receiver.received().size());
    }

    @Test
    void concurrentWorkersNeverClaimTheSameMessage() throws Exception {
        register(receiver.url("/hook"));
        for (int i = 0; i < 40; i++) {
            changes.append("article.updated", "article", "concurrent-" + i, List.of());
        }
        fanOut.run(100);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<WebhookAttempt>>> claims = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String worker = "worker-" + w;
            Callable<List<WebhookAttempt>> claim = () -> {
                go.await();
                return queue.claim(worker, 15);
            };
            claims.add(pool.submit(claim));
        }
        go.countDown();
        Set<String> claimed = new HashSet<>();
        int total = 0;
        for (Future<List<WebhookAttempt>> claim : claims) {
            for (WebhookAttempt attempt : claim.get()) {
                claimed.add(attempt.messageId());
                total++;
            }
        }
        pool.shutdown();
        assertEquals(total, claimed.size(), "no message claimed twice");
        // A worker skips the rows another one holds, so a round may leave some for the next; none is lost.
        List<WebhookAttempt> rest;
        while (!(rest = queue.claim("worker-late", 15)).isEmpty()) {
            for (WebhookAttempt attempt : rest) {
                assertTrue(claimed.add(attempt.messageId()), "claimed twice: " + attempt.messageId());
            }
        }
        assertEquals(40, claimed.size(), "and all of them claimed");
    }

    @Test
    void aMessageIsRedeliveredWithTheSameWebhookId() {
        receiver.up();
        Registered hook = register(receiver.url("/hook"));
        ChangeSource.Change change = changes.append("article.published", "article", "again", List.of());
        dispatcher.runRound();
        String id = messageOf(hook, change);
        editorial.admin().post(WEBHOOKS + "/{id}/messages/{m}/redeliver", hook.id(), id).then().statusCode(202)
                .body("id", equalTo(id)).body("status", equalTo("pending")).body("attempts", equalTo(1))
                .body("seq", equalTo((int) change.seq())).body("deliveredAt", equalTo(null))
                .body("nextAttemptAt", equalTo("2026-12-01T09:00:00+09:00"));
        dispatcher.runRound();
        List<Receiver.Received> got = receiver.received();
        assertEquals(2, got.size());
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
        assertEquals(got.get(0).body(), got.get(1).body());
        editorial.admin().get(WEBHOOKS + "/{id}/deliveries", hook.id()).then().statusCode(200)
                .body("data.attempt", equalTo(List.of(2, 1)))
                .body("data.outcome", equalTo(List.of("delivered", "delivered")));
    }

    @Test
    void metricsCountOutcomesAndHealthStaysUpWhileAReceiverIsDown() {
        double failedBefore = counter("failed");
        register(receiver.url("/hook")); // down
        changes.append("article.updated", "article", "m1", List.of());
        changes.append("article.updated", "article", "m2", List.of());
        dispatcher.runRound();
        assertEquals(failedBefore + 2, counter("failed"));
        assertEquals(2.0, gauge("newsdesk_webhook_retries_pending"));
        clock.set(T0.plusSeconds(3));
        dispatcher.runRound();
        assertEquals(3.0, gauge("newsdesk_webhook_oldest_pending_seconds"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    private record Registered(String id, String secret) {
    }

    private Registered register(String url) {
        var created = editorial.admin().contentType("application/json").body(Map.of("url", url)).post(WEBHOOKS)
                .then().statusCode(201).extract();
        return new Registered(created.path("webhook.id"), created.path("secret"));
    }

    private String messageOf(Registered hook, ChangeSource.Change change) {
        return QuarkusTransaction.requiringNew().call(() -> messages.listOfEndpoint(UUID.fromString(hook.id()))
                .stream().filter(m -> m.getChangeSeq() == change.seq()).findFirst().orElseThrow().getId());
    }

    private Map<?, ?> read(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    private static double counter(String outcome) {
        return dev.newsdesk.testing.Metrics.sample("newsdesk_webhook_deliveries_total", "outcome=\"" + outcome + "\"");
    }

    private static double gauge(String name) {
        String page = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{\\})? (\\S+)$").matcher(page);
        if (!sample.find()) {
            throw new AssertionError("no " + name + " on /q/metrics");
        }
        return Double.parseDouble(sample.group(1));
    }
}
