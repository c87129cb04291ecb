package dev.newsdesk.syndication;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleListQuery;
import dev.newsdesk.article.ArticleMapper;
import dev.newsdesk.article.VisibleArticles;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.author.Author;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.config.SyndicationConfig;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.site.SiteSettings;
import dev.newsdesk.site.SiteSettingsRepository;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.web.cache.CacheDependencies;
import dev.newsdesk.web.cache.RenderedBody;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Feeds of the whole site, a section, a tag or an author: the newest visible articles, read with the very query of
 * the delivery API's lists (VisibleArticles.page, so the same visibility rules and the same index
 * scans), rendered in the asked format.
 */
@ApplicationScoped
public class FeedService {

    /** The site feed's permanent id: the site has no row id of its own to name. */
    private static final UUID SITE_FEED_ID = UUID.nameUUIDFromBytes("newsdesk:feed:site".getBytes(StandardCharsets.UTF_8));

    private final VisibleArticles visible;
    private final ArticleMapper mapper;
    private final SectionRepository sections;
    private final SectionMapper sectionMapper;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final SiteSettingsRepository site;
    private final SyndicationUrls urls;
    private final SyndicationConfig config;
    private final ApiTime time;
    private final ObjectMapper json;
    private final Clock clock;

    public FeedService(VisibleArticles visible, ArticleMapper mapper, SectionRepository sections,
                       SectionMapper sectionMapper, TagRepository tags, AuthorRepository authors,
                       SiteSettingsRepository site, SyndicationUrls urls, SyndicationConfig config, ApiTime time,
                       ObjectMapper json, Clock clock) {
        this.visible = visible;
        this.mapper = mapper;
        this.sections = sections;
        this.sectionMapper = sectionMapper;
        this.tags = tags;
        this.authors = authors;
        this.site = site;
        this.urls = urls;
        this.config = config;
        this.time = time;
        this.json = json;
        this.clock = clock;
    }

    /** The default number of items, when a request does not name one. */
    public int defaultSize() {
        return Math.min(Math.max(config.feeds().size(), 1), ArticleListQuery.MAX_LIMIT);
    }

    /** The feed of a scope in one format; 404 for an unknown section, tag or author. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Syndicated feed(FeedFormat format, FeedScope scope, int size) {
        SiteSettings settings = site.get();
        Followed followed = follow(scope, settings);
        ArticleListQuery.Builder query = ArticleListQuery.builder().page(size, null);
        switch (scope.kind()) {
            case SECTION -> query.section(scope.slug());
            case TAG -> query.tags(List.of(scope.slug()));
            case AUTHOR -> query.author(scope.slug());
            default -> { }
        }
        List<Article> page = visible.page(query.build(), clock.instant());
        List<ArticleResponse> newest = page.subList(0, Math.min(size, page.size())).stream()
                .map(mapper::toResponse).toList();
        Feed feed = feed(format, scope, settings, followed, newest);
        byte[] body = switch (format) {
            case RSS -> RssFeedWriter.write(feed);
            case ATOM -> AtomFeedWriter.write(feed);
            case JSON -> JsonFeedWriter.write(feed, json);
        };
        Set<String> keys = new LinkedHashSet<>();
        keys.add(followed.key());
        keys.addAll(CacheDependencies.of(newest));
        List<String> links = new java.util.ArrayList<>();
        links.add("<" + feed.selfUrl() + ">; rel=\"self\"; type=\"" + format.bareMediaType() + "\"");
        if (feed.hub() != null) {
            links.add("<" + feed.hub() + ">; rel=\"hub\"");
        }
        return new Syndicated(new RenderedBody(body, format.mediaType(), keys, null), links);
    }

    /** What the feed follows, as its title, site page and permanent id show it. */
    private record Followed(String id, String title, String description, String link, Instant updatedAt,
                            String key) {
    }

    private Followed follow(FeedScope scope, SiteSettings settings) {
        String siteName = settings.getName();
        return switch (scope.kind()) {
            case SITE -> new Followed("urn:uuid:" + SITE_FEED_ID, siteName, "The newest articles of " + siteName,
                    urls.page(settings, "/"), settings.getUpdatedAt(), "site:site");
            case SECTION -> {
                Section s = sections.findBySlug(scope.slug())
                        .orElseThrow(() -> ProblemException.notFound("section", scope.slug()));
                yield new Followed("urn:uuid:" + s.getId(), s.getName() + " | " + siteName,
                        s.getDescription() != null ? s.getDescription() : "The newest articles in " + s.getName(),
                        urls.page(settings, sectionMapper.path(s)), s.getUpdatedAt(), "section:" + s.getId());
            }
            case TAG -> {
                Tag t = tags.findBySlug(scope.slug()).orElseThrow(() -> ProblemException.notFound("tag", scope.slug()));
                yield new Followed("urn:uuid:" + t.getId(), t.getName() + " | " + siteName,
                        "The newest articles about " + t.getName(), urls.page(settings, "/tags/" + t.getSlug()),
                        t.getUpdatedAt(), "tag:" + t.getId());
            }
            case AUTHOR -> {
                Author a = authors.findBySlug(scope.slug())
                        .orElseThrow(() -> ProblemException.notFound("author", scope.slug()));
                yield new Followed("urn:uuid:" + a.getId(), a.getName() + " | " + siteName,
                        "The newest articles by " + a.getName(), urls.page(settings, "/authors/" + a.getSlug()),
                        a.getUpdatedAt(), "author:" + a.getId());
            }
        };
    }

    private Feed feed(FeedFormat format, FeedScope scope, SiteSettings settings, Followed followed,
                      List<ArticleResponse> newest) {
        // Updated: the latest change among what the feed shows, so equal content renders equal bytes (and ETags).
        Instant updated = followed.updatedAt();
        for (ArticleResponse a : newest) {
            if (a.updatedAt().toInstant().isAfter(updated)) {
                updated = a.updatedAt().toInstant();
            }
        }
        boolean full = config.feeds().content() == SyndicationConfig.Content.FULL;
        List<Feed.Item> items = newest.stream().map(a -> item(a, settings, full)).toList();
        return new Feed(followed.id(), followed.title(), followed.description(), settings.getDefaultLanguage(),
                followed.link(), urls.feed(settings, format, scope),
                config.websub().hub().map(Object::toString).orElse(null), settings.getName(), time.format(updated),
                items);
    }

    private Feed.Item item(ArticleResponse a, SiteSettings settings, boolean full) {
        return new Feed.Item(a.id(), a.headline(), urls.page(settings, a.canonicalPath()), a.standfirst(),
                full ? FeedBodyHtml.of(a.body()) : null, a.firstPublishedAt(), a.updatedAt(),
                a.authors().stream().map(au -> new Feed.Person(au.name(), urls.page(settings, "/authors/" + au.slug())))
                        .toList(),
                a.section().name(), a.tags().stream().map(t -> t.name()).toList(), a.language(), image(a.leadMedia()));
    }

    private static Feed.Image image(MediaResponse media) {
        if (media == null) {
            return null;
        }
        String medium = switch (media.type()) {
            case VIDEO -> "video";
            case AUDIO -> "audio";
            default -> "image";
        };
        return new Feed.Image(media.url(), medium, media.width(), media.height(), media.caption(), media.credit(),
                media.copyright());
    }
}
