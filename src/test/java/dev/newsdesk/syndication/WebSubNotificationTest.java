package dev.newsdesk.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.section.Section;
import dev.newsdesk.testing.EditorialFixtures;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A publication is announced to the WebSub hub (%test: a receiver on 127.0.0.1:18391 that this test runs) in one
 * POST after the commit, naming every feed the article appears in.
 */
@QuarkusTest
class WebSubNotificationTest {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer hub;

    @Inject
    Fixtures fixtures;
    @Inject
    EditorialFixtures editorial;

    @BeforeAll
    static void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 18391), 0);
        hub.createContext("/websub-hub", exchange -> {
            RECEIVED.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                    + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        hub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.stop(0);
    }

    @Test
    void onePublicationIsOneNotificationNamingEveryFeedOfTheArticle() throws Exception {
        Section parent = fixtures.section("WebSub parent");
        Section section = fixtures.section("WebSub", parent, 1);
        Response draft = editorial.createDraft(section, "Announced");
        String id = draft.path("id");
        String base = io.restassured.RestAssured.given().get("/api/v1/site").then().extract().path("baseUrl");
        // Saving a draft announces nothing; publishing it does, once.
        editorial.publishNow(id, draft.header("ETag"));

        List<String> mine = awaitNotifications(section.getSlug(), Duration.ofSeconds(20));
        assertEquals(1, mine.size(), "one POST per publication: " + mine);
        String[] parts = mine.get(0).split(" ", 3);
        assertEquals("POST", parts[0]);
        assertEquals("application/x-www-form-urlencoded", parts[1]);
        List<String> params = Arrays.stream(parts[2].split("&"))
                .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
        List<String> expected = new ArrayList<>();
        expected.add("hub.mode=publish");
        for (String scope : List.of("", "/sections/" + section.getSlug(), "/sections/" + parent.getSlug())) {
            for (String format : List.of("rss", "atom", "json")) {
                expected.add("hub.url=" + base + "/api/v1/feeds/" + format + scope);
            }
        }
        assertEquals(expected, params);
    }

    /** The notifications naming this section's feed: sent off the request thread, so they arrive a little later. */
    private static List<String> awaitNotifications(String sectionSlug, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> mine = List.of();
        while (Instant.now().isBefore(deadline)) {
            mine = RECEIVED.stream().filter(r -> r.contains("sections%2F" + sectionSlug)).toList();
            if (!mine.isEmpty()) {
                // Give a duplicate the chance to show before the count is checked.
                Thread.sleep(500);
                return RECEIVED.stream().filter(r -> r.contains("sections%2F" + sectionSlug)).toList();
            }
            Thread.sleep(50);
        }
        return mine;
    }
}
