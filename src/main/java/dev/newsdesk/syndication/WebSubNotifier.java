package dev.newsdesk.syndication;

import dev.newsdesk.change.ChangeLog;
import dev.newsdesk.change.ChangeRecord;
import dev.newsdesk.config.SyndicationConfig;
import dev.newsdesk.database.DatabaseOutage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.site.SiteSettings;
import dev.newsdesk.site.SiteSettingsRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Tells the configured WebSub hub which feeds changed (WebSub's publish ping: hub.mode=publish with one hub.url per
 * feed), driven by the change log rather than by the write calls: every change readers can observe is there once
 * committed, including those no request makes (a scheduled publication or an expiry whose time came, recorded by
 * the transition job). Each round claims the rows recorded since the last round (a compare-and-set on
 * websub_position, so with several instances each row is claimed once), and pings the hub once for the feeds the
 * batch touches, each named once. The ping runs after the claim committed, off any request: a slow or absent hub
 * never holds up a write, and a lost ping (logged) only delays subscribers until their next poll.
 */
@ApplicationScoped
public class WebSubNotifier {

    private static final Logger LOG = Logger.getLogger(WebSubNotifier.class);
    /** Change-log rows per round: one ping names at most the feeds these touch. */
    static final int BATCH = 500;

    private final SyndicationConfig config;
    private final SyndicationUrls urls;
    private final SiteSettingsRepository site;
    private final ChangeLog changes;
    private final WebSubPositionRepository position;
    private final FeedTopics topics;
    private final EditionService editions;
    private final DatabaseOutage outage;
    private final HttpClient http;

    public WebSubNotifier(SyndicationConfig config, SyndicationUrls urls, SiteSettingsRepository site,
                          ChangeLog changes, WebSubPositionRepository position, FeedTopics topics,
                          EditionService editions, DatabaseOutage outage) {
        this.editions = editions;
        this.config = config;
        this.urls = urls;
        this.site = site;
        this.changes = changes;
        this.position = position;
        this.topics = topics;
        this.outage = outage;
        this.http = HttpClient.newBuilder().connectTimeout(config.websub().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One ping: the feed URLs it named and the hub's status (0: not reached). Nothing claimed: no topics. */
    public record Ping(List<String> topics, int status) {
        static final Ping NONE = new Ping(List.of(), 0);
    }

    @Scheduled(every = "${newsdesk.syndication.websub.interval}", identity = "websub-pings",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.websub().hub().isEmpty()) {
            return;
        }
        try {
            pingNewChanges();
        } catch (RuntimeException e) {
            // During an outage: one log line per kind, and the next round starts where this one could not.
            if (!outage.noticed(e)) {
                throw e;
            }
        }
    }

    /** Claims the changes recorded since the last round and pings the hub for the feeds they touch. */
    public Ping pingNewChanges() {
        URI hub = config.websub().hub().orElse(null);
        if (hub == null) {
            return Ping.NONE;
        }
        List<String> feeds = QuarkusTransaction.requiringNew().call(this::claim);
        return feeds.isEmpty() ? Ping.NONE : new Ping(feeds, send(hub, feeds));
    }

    /** The feed URLs of the rows after the position, or none if there are none or another instance took them. */
    private List<String> claim() {
        long from = position.position();
        List<ChangeRecord> batch = changes.after(from, BATCH);
        if (batch.isEmpty() || !position.advance(from, batch.get(batch.size() - 1).seq())) {
            return List.of();
        }
        SiteSettings settings = site.get();
        // Each edition's feed is a topic of its own (?lang=ko): with several editions, every one of them is named.
        Editions current = editions.current();
        List<String> feeds = new ArrayList<>();
        for (FeedScope scope : topics.of(batch)) {
            for (FeedFormat format : FeedFormat.values()) {
                String feed = urls.feed(settings, format, scope);
                feeds.add(feed);
                if (current.isMultilingual()) {
                    current.languages().forEach(language -> feeds.add(feed + "?lang=" + language));
                }
            }
        }
        return feeds;
    }

    private int send(URI hub, List<String> feeds) {
        StringBuilder form = new StringBuilder("hub.mode=publish");
        feeds.forEach(feed -> form.append("&hub.url=").append(URLEncoder.encode(feed, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(hub).timeout(config.websub().timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warnf("WebSub: hub %s answered %d to a ping for %d feeds", hub, status, feeds.size());
            }
            return status;
        } catch (IOException e) {
            LOG.warnf("WebSub: hub %s not reached for %d feeds: %s", hub, feeds.size(), e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
