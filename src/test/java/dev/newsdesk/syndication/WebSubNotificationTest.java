package dev.newsdesk.syndication;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.article.ScheduledTransitions;
import dev.newsdesk.author.Author;
import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.testing.MutableClock;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hub pings come from the change log (%test: a receiver on 127.0.0.1:18391 that this test runs; the rounds are run
 * by the test, newsdesk.syndication.websub.interval=off): a publication now, a scheduled publication and an expiry
 * when their time comes on the test clock (recorded by the transition job, no write call), an unpublication. Each
 * round is one POST naming every feed its changes touch once.
 */
@QuarkusTest
class WebSubNotificationTest {

    private static final String ARTICLE = "/api/v1/editorial/articles/{id}";
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer hub;

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;
    @Inject
    WebSubNotifier notifier;
    @Inject
    ScheduledTransitions transitions;
    @Inject
    MutableClock clock;
    @Inject
    EditionFixtures editions;

    private String base;

    @BeforeAll
    static void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 18391), 0);
        hub.createContext("/websub-hub", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // Kept decoded, parameter order as sent.
            String decoded = String.join("&", Arrays.stream(form.split("&"))
                    .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList());
            RECEIVED.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                    + " " + decoded);
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        hub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.stop(0);
    }

    /**
     * What other tests changed before is announced now, so each test sees only its own changes. The clock stands
     * still meanwhile: on the real clock, an article another test scheduled could go live mid-test and join a round.
     */
    @BeforeEach
    void drain() {
        base = api().get("/api/v1/site").then().statusCode(200).extract().path("baseUrl");
        clock.set(clock.instant());
        transitions.recordDue();
        while (!notifier.pingNewChanges().topics().isEmpty()) {
            // one round per batch
        }
        RECEIVED.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPublicationIsOnePingNamingEveryFeedOfTheArticleAndNothingIsAnnouncedTwice() {
        Section parent = fixtures.section("WebSub parent");
        Section section = fixtures.section("WebSub", parent, 1);
        Tag tag = fixtures.tag("WebSub tag", TagType.TOPIC);
        Author author = fixtures.author("WebSub Author");
        Map<String, Object> body = editorial.draftBody(section, "Announced");
        body.put("tagIds", List.of(tag.getId().toString()));
        body.put("authorIds", List.of(author.getId().toString()));
        Response draft = editorial.editor().contentType("application/json").body(body)
                .post("/api/v1/editorial/articles").then().statusCode(201).extract().response();
        // A draft is nothing readers see: nothing to announce.
        assertEquals(WebSubNotifier.Ping.NONE, notifier.pingNewChanges());

        editorial.publishNow(draft.path("id"), draft.header("ETag"));
        List<String> expected = feeds("", "/sections/" + section.getSlug(), "/sections/" + parent.getSlug(),
                "/authors/" + author.getSlug(), "/tags/" + tag.getSlug());
        assertEquals(new WebSubNotifier.Ping(expected, 202), notifier.pingNewChanges());
        assertEquals(List.of(form(expected)), RECEIVED);

        assertEquals(WebSubNotifier.Ping.NONE, notifier.pingNewChanges());
        assertEquals(1, RECEIVED.size(), "nothing new, no ping: " + RECEIVED);
    }

    @Test
    void aScheduledPublicationAndAnExpiryArePingedWhenTheirTimeComesAndAnUnpublicationAtOnce() {
        // A year ahead: the jump makes every transition of other tests' articles due first; those are announced
        // here and set aside, so the rounds below hear of this test's article alone.
        Instant start = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        try {
            transitions.recordDue();
            drain();
            Section section = fixtures.section("WebSub schedule");
            Response created = editorial.createDraft(section, "Tide tables");
            String scheduled = created.path("id");
            Instant publishAt = start.plus(Duration.ofHours(1));
            Instant expiresAt = start.plus(Duration.ofHours(2));
            editorial.publisher().contentType("application/json").header("If-Match", created.header("ETag"))
                    .body(Map.of("publishAt", OffsetDateTime.ofInstant(publishAt, ZoneOffset.UTC).toString(),
                            "expiresAt", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC).toString()))
                    .post(ARTICLE + "/publish", scheduled).then().statusCode(200);
            List<String> expected = feeds("", "/sections/" + section.getSlug());

            transitions.recordDue();
            assertEquals(WebSubNotifier.Ping.NONE, notifier.pingNewChanges(), "scheduled, not yet visible");
            clock.set(publishAt.minusMillis(1));
            transitions.recordDue();
            assertEquals(WebSubNotifier.Ping.NONE, notifier.pingNewChanges(), "a millisecond early");

            clock.set(publishAt);
            transitions.recordDue();
            assertEquals(new WebSubNotifier.Ping(expected, 202), notifier.pingNewChanges(), "goes live: no request");

            clock.set(expiresAt);
            transitions.recordDue();
            assertEquals(new WebSubNotifier.Ping(expected, 202), notifier.pingNewChanges(), "expires: no request");

            Response other = editorial.createDraft(section, "Pulled");
            String pulled = other.path("id");
            String etag = editorial.publishNow(pulled, other.header("ETag"));
            editorial.publisher().contentType("application/json").header("If-Match", etag)
                    .body("{\"note\":\"Legal review\"}").post(ARTICLE + "/unpublish", pulled).then().statusCode(200);
            // Published and unpublished since the last round: one ping naming the feeds once.
            assertEquals(new WebSubNotifier.Ping(expected, 202), notifier.pingNewChanges());
            assertEquals(List.of(form(expected), form(expected), form(expected)), RECEIVED);
        } finally {
            clock.reset();
        }
    }

    @Test
    void twoInstancesRunningARoundAtOnceAnnounceEachChangeOnce() {
        // Articles other tests scheduled on the real clock go live (or expire) whenever their time comes, and the
        // transition job's change joins the round that runs then: a race that caught one runs again on a fresh
        // drain, at most three times, and the last attempt is asserted whatever it caught.
        for (int attempt = 1; ; attempt++) {
            drain();
            Section section = fixtures.section("WebSub race");
            Response draft = editorial.createDraft(section, "Raced");
            editorial.publishNow(draft.path("id"), draft.header("ETag"));
            CompletableFuture<WebSubNotifier.Ping> one = CompletableFuture.supplyAsync(notifier::pingNewChanges);
            CompletableFuture<WebSubNotifier.Ping> two = CompletableFuture.supplyAsync(notifier::pingNewChanges);
            List<WebSubNotifier.Ping> pings = new ArrayList<>(List.of(one.join(), two.join()));
            pings.remove(WebSubNotifier.Ping.NONE);
            List<String> expected = feeds("", "/sections/" + section.getSlug());
            if (attempt < 3 && pings.stream().anyMatch(ping -> !expected.containsAll(ping.topics()))) {
                continue;
            }
            assertEquals(List.of(new WebSubNotifier.Ping(expected, 202)), pings);
            assertEquals(1, RECEIVED.size(), "one POST: " + RECEIVED);
            return;
        }
    }

    @Test
    void withSeveralEditionsEachEditionsFeedIsATopicOfItsOwn() {
        editions.set("en", "ko>en");
        try {
            drain();
            Section section = fixtures.section("WebSub editions");
            Response draft = editorial.createDraft(section, "Announced in two editions");
            editorial.publishNow(draft.path("id"), draft.header("ETag"));
            List<String> expected = new ArrayList<>();
            for (String scope : List.of("", "/sections/" + section.getSlug())) {
                for (String format : List.of("rss", "atom", "json")) {
                    String feed = base + "/api/v1/feeds/" + format + scope;
                    expected.addAll(List.of(feed, feed + "?lang=en", feed + "?lang=ko"));
                }
            }
            assertEquals(new WebSubNotifier.Ping(expected, 202), notifier.pingNewChanges());
            assertEquals(List.of(form(expected)), RECEIVED);
        } finally {
            editions.reset();
        }
    }

    /** Every format's URL of each scope path ("" for the site), in the order the ping names them. */
    private List<String> feeds(String... scopes) {
        List<String> urls = new ArrayList<>();
        for (String scope : scopes) {
            for (String format : List.of("rss", "atom", "json")) {
                urls.add(base + "/api/v1/feeds/" + format + scope);
            }
        }
        return urls;
    }

    /** The POST the hub receives for these feeds, decoded: method, Content-Type, form parameters. */
    private static String form(List<String> feeds) {
        StringBuilder expected = new StringBuilder("POST application/x-www-form-urlencoded hub.mode=publish");
        feeds.forEach(feed -> expected.append("&hub.url=").append(feed));
        return expected.toString();
    }
}
