package dev.newsdesk.syndication;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleListQuery;
import dev.newsdesk.article.ArticleMapper;
import dev.newsdesk.article.VisibleArticles;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.author.Author;
import dev.newsdesk.author.AuthorMapper;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.config.SyndicationConfig;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.ServedEdition;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.site.SiteService;
import dev.newsdesk.site.SiteSettings;
import dev.newsdesk.site.SiteSettingsRepository;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagMapper;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.web.cache.CacheDependencies;
import dev.newsdesk.web.cache.RenderedBody;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.web.request.RequestParams;
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
 * scans), rendered in the asked format. A feed is in one edition (see {@link FeedEdition}): its articles, its
 * language declared, its title in that edition, and every edition's feed of the same scope named as an alternate.
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
    private final TagMapper tagMapper;
    private final AuthorRepository authors;
    private final AuthorMapper authorMapper;
    private final SiteSettingsRepository site;
    private final SiteService siteService;
    private final EditionService editions;
    private final ServedEdition served;
    private final SyndicationUrls urls;
    private final SyndicationConfig config;
    private final ApiTime time;
    private final ObjectMapper json;
    private final Clock clock;

    public FeedService(VisibleArticles visible, ArticleMapper mapper, SectionRepository sections,
                       SectionMapper sectionMapper, TagRepository tags, TagMapper tagMapper, AuthorRepository authors,
                       AuthorMapper authorMapper, SiteSettingsRepository site, SiteService siteService,
                       EditionService editions, ServedEdition served, SyndicationUrls urls, SyndicationConfig config,
                       ApiTime time, ObjectMapper json, Clock clock) {
        this.tagMapper = tagMapper;
        this.authorMapper = authorMapper;
        this.siteService = siteService;
        this.editions = editions;
        this.served = served;
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

    /** The edition a lang value asks for, or null when it is invalid ({@code params} then names it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedEdition edition(RequestParams params, String lang) {
        return FeedEdition.of(params, lang, editions.current());
    }

    /** The feed of a scope in one format and edition; 404 for an unknown section, tag or author. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Syndicated feed(FeedFormat format, FeedScope scope, int size, FeedEdition edition) {
        SiteSettings settings = site.get();
        Followed followed = follow(scope, settings, edition);
        ArticleListQuery.Builder query = ArticleListQuery.builder().page(size, null).language(edition.filter());
        switch (scope.kind()) {
            case SECTION -> query.section(scope.slug());
            case TAG -> query.tags(List.of(scope.slug()));
            case AUTHOR -> query.author(scope.slug());
            default -> { }
        }
        List<Article> page = visible.page(query.build(), clock.instant());
        List<ArticleResponse> newest = page.subList(0, Math.min(size, page.size())).stream()
                .map(mapper::toResponse).toList();
        Feed feed = feed(format, scope, settings, followed, newest, edition);
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
        feed.alternates().forEach(alternate -> links.add("<" + alternate.url() + ">; rel=\"alternate\"; hreflang=\""
                + alternate.language() + "\"; type=\"" + format.bareMediaType() + "\""));
        // Content-Language (the edition), kept with the cached copy: its ETag and surrogate keys (edition:<lang>)
        // are per edition. Never Vary: Accept-Language, which does not choose a feed.
        served.served(edition.language(), edition.language(), false);
        return new Syndicated(new RenderedBody(body, format.mediaType(), keys, null), links);
    }

    /** What the feed follows, as its title, site page and permanent id show it. */
    private record Followed(String id, String title, String description, String link, Instant updatedAt,
                            String key) {
    }

    /**
     * Titles in the feed's edition (its display fields along the edition's fallbacks). The description templates
     * are the default edition's; another edition's feed says its followed entity's own description, else its title,
     * rather than mix languages.
     */
    private Followed follow(FeedScope scope, SiteSettings settings, FeedEdition edition) {
        DisplayLanguage display = DisplayLanguage.of(edition.editions(), edition.language());
        boolean inDefault = edition.language().equals(edition.editions().defaultLanguage());
        String siteName = siteService.name(settings, display);
        return switch (scope.kind()) {
            case SITE -> new Followed("urn:uuid:" + SITE_FEED_ID, siteName,
                    inDefault ? "The newest articles of " + siteName : siteName,
                    urls.page(settings, "/"), settings.getUpdatedAt(), "site:site");
            case SECTION -> {
                Section s = sections.findBySlug(scope.slug())
                        .orElseThrow(() -> ProblemException.notFound("section", scope.slug()));
                SectionResponse shown = sectionMapper.toResponse(s, display);
                String title = shown.name() + " | " + siteName;
                yield new Followed("urn:uuid:" + s.getId(), title, shown.description() != null ? shown.description()
                        : inDefault ? "The newest articles in " + shown.name() : title,
                        urls.page(settings, sectionMapper.path(s)), s.getUpdatedAt(), "section:" + s.getId());
            }
            case TAG -> {
                Tag t = tags.findBySlug(scope.slug()).orElseThrow(() -> ProblemException.notFound("tag", scope.slug()));
                String name = tagMapper.toResponse(t, display).name();
                String title = name + " | " + siteName;
                yield new Followed("urn:uuid:" + t.getId(), title,
                        inDefault ? "The newest articles about " + name : title,
                        urls.page(settings, "/tags/" + t.getSlug()), t.getUpdatedAt(), "tag:" + t.getId());
            }
            case AUTHOR -> {
                Author a = authors.findBySlug(scope.slug())
                        .orElseThrow(() -> ProblemException.notFound("author", scope.slug()));
                String name = authorMapper.toResponse(a, display).name();
                String title = name + " | " + siteName;
                yield new Followed("urn:uuid:" + a.getId(), title, inDefault ? "The newest articles by " + name : title,
                        urls.page(settings, "/authors/" + a.getSlug()), a.getUpdatedAt(), "author:" + a.getId());
            }
        };
    }

    private Feed feed(FeedFormat format, FeedScope scope, SiteSettings settings, Followed followed,
                      List<ArticleResponse> newest, FeedEdition edition) {
        // Updated: the latest change among what the feed shows, so equal content renders equal bytes (and ETags).
        Instant updated = followed.updatedAt();
        for (ArticleResponse a : newest) {
            if (a.updatedAt().toInstant().isAfter(updated)) {
                updated = a.updatedAt().toInstant();
            }
        }
        boolean full = config.feeds().content() == SyndicationConfig.Content.FULL;
        List<Feed.Item> items = newest.stream().map(a -> item(a, settings, full)).toList();
        // Every edition's feed of this scope, the same set from each of them; none on a site with one edition.
        List<Feed.Alternate> alternates = !edition.editions().isMultilingual() ? List.of()
                : edition.editions().languages().stream().map(language -> new Feed.Alternate(language,
                        urls.feed(settings, format, scope) + "?lang=" + language)).toList();
        return new Feed(feedId(followed, edition), followed.title(), followed.description(), edition.language(),
                followed.link(), urls.feed(settings, format, scope) + edition.query(),
                config.websub().hub().map(Object::toString).orElse(null), settings.getName(), time.format(updated),
                items, alternates);
    }

    /**
     * The default edition's feed keeps the id it had before editions; another edition's feed is another feed, with
     * an id of its own (name-based on the followed entity and the language, so it never changes either).
     */
    private static String feedId(Followed followed, FeedEdition edition) {
        if (edition.language().equals(edition.editions().defaultLanguage())) {
            return followed.id();
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes((followed.id() + "|" + edition.language())
                .getBytes(StandardCharsets.UTF_8));
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
