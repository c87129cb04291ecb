package dev.newsdesk.syndication;

import dev.newsdesk.article.ArticlePublished;
import dev.newsdesk.config.SyndicationConfig;
import dev.newsdesk.site.SiteSettings;
import dev.newsdesk.site.SiteSettingsRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Tells the configured WebSub hub which feeds changed, once per publication (WebSub's publish ping:
 * hub.mode=publish with one hub.url per feed), after the commit and off the request thread: a slow or absent hub
 * never holds up or fails a publication. Subscribers then fetch the feeds from us; a lost ping only delays them
 * until their next poll.
 */
@ApplicationScoped
public class WebSubNotifier {

    private static final Logger LOG = Logger.getLogger(WebSubNotifier.class);

    private final SyndicationConfig config;
    private final SyndicationUrls urls;
    private final SiteSettingsRepository site;
    private final HttpClient http;

    public WebSubNotifier(SyndicationConfig config, SyndicationUrls urls, SiteSettingsRepository site) {
        this.config = config;
        this.urls = urls;
        this.site = site;
        this.http = HttpClient.newBuilder().connectTimeout(config.websub().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlePublished published) {
        config.websub().hub().ifPresent(hub -> notify(hub, published));
    }

    /** The ping as sent; completes when the hub answered or the attempt failed (failures are logged, not thrown). */
    CompletableFuture<Void> notify(URI hub, ArticlePublished published) {
        List<String> topics;
        try {
            SiteSettings settings = QuarkusTransaction.requiringNew().call(site::get);
            topics = topics(settings, published);
        } catch (RuntimeException e) {
            LOG.warnf("WebSub: no notification for article %s: %s", published.id(), e.toString());
            return CompletableFuture.completedFuture(null);
        }
        StringBuilder form = new StringBuilder("hub.mode=publish");
        topics.forEach(topic -> form.append("&hub.url=").append(URLEncoder.encode(topic, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(hub).timeout(config.websub().timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenAccept(response -> {
                    if (response.statusCode() / 100 != 2) {
                        LOG.warnf("WebSub: hub %s answered %d for article %s", hub, response.statusCode(),
                                published.id());
                    }
                })
                .exceptionally(failure -> {
                    LOG.warnf("WebSub: hub %s not reached for article %s: %s", hub, published.id(), failure.toString());
                    return null;
                });
    }

    /** Every feed the article appears in, in every format: site, its section (and parent), its tags and byline. */
    List<String> topics(SiteSettings settings, ArticlePublished published) {
        List<FeedScope> scopes = new ArrayList<>();
        scopes.add(FeedScope.SITE);
        published.sectionSlugs().forEach(slug -> scopes.add(new FeedScope(FeedScope.Kind.SECTION, slug)));
        published.tagSlugs().forEach(slug -> scopes.add(new FeedScope(FeedScope.Kind.TAG, slug)));
        published.authorSlugs().forEach(slug -> scopes.add(new FeedScope(FeedScope.Kind.AUTHOR, slug)));
        List<String> topics = new ArrayList<>();
        for (FeedScope scope : scopes) {
            for (FeedFormat format : FeedFormat.values()) {
                topics.add(urls.feed(settings, format, scope));
            }
        }
        return topics;
    }
}
