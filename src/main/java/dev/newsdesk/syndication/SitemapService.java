package dev.newsdesk.syndication;

import dev.newsdesk.config.SyndicationConfig;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.site.SiteSettings;
import dev.newsdesk.site.SiteSettingsRepository;
import dev.newsdesk.web.cache.RenderedBody;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Sitemaps for search engines: an index of monthly article sitemaps (months in the newsroom's time zone, split
 * into pages at the protocol's limits) and a Google News sitemap of the last 48 hours.
 */
@ApplicationScoped
public class SitemapService {

    static final String MEDIA_TYPE = "application/xml; charset=UTF-8";
    static final String ROBOTS_MEDIA_TYPE = "text/plain; charset=UTF-8";
    /** The front pages' sitemap, below /api/v1/sitemaps/. */
    static final String PAGES = "pages.xml";
    /** Google News: articles of the last two days, at most 1,000 per sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1000;
    /** Longest slug an article can have (article.slug is varchar(200)). */
    private static final int MAX_SLUG = 200;
    /** The XML around one URL: {@code <url><loc></loc><lastmod></lastmod></url>}, a full date-time, indentation. */
    private static final int ENTRY_OVERHEAD = 128;
    /** XML declaration and the urlset element around the URLs. */
    private static final int FILE_OVERHEAD = 512;
    /** One {@code <xhtml:link rel="alternate" hreflang="" href=""/>} around its href, the longest hreflang included. */
    private static final int ALTERNATE_OVERHEAD = 96;
    /** URLs whose translations are looked up at once while a page streams: one query per batch. */
    private static final int ALTERNATES_BATCH = 500;

    private final SitemapRepository sitemaps;
    private final SectionRepository sections;
    private final SectionMapper sectionMapper;
    private final SiteSettingsRepository site;
    private final EditionService editions;
    private final SyndicationUrls urls;
    private final SyndicationConfig config;
    private final ApiTime time;
    private final Clock clock;

    public SitemapService(SitemapRepository sitemaps, SectionRepository sections, SectionMapper sectionMapper,
                          SiteSettingsRepository site, EditionService editions, SyndicationUrls urls,
                          SyndicationConfig config, ApiTime time, Clock clock) {
        this.editions = editions;
        this.sitemaps = sitemaps;
        this.sections = sections;
        this.sectionMapper = sectionMapper;
        this.site = site;
        this.urls = urls;
        this.config = config;
        this.time = time;
        this.clock = clock;
    }

    /** The sitemap index: the front pages, each month's pages, oldest first, then the news sitemap (while it has articles). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Syndicated index() {
        Instant now = clock.instant();
        SiteSettings settings = site.get();
        int perFile = urlsPerFile(settings, sectionPaths(), editions.current());
        ZoneId zone = time.zone();
        List<SitemapWriter.IndexEntry> entries = new ArrayList<>();
        // First the front pages, which every newsroom has (its home page at least): so the index is never empty,
        // which the protocol's schema refuses, even before the first article.
        Instant frontPagesChanged = frontPagesChanged(settings);
        entries.add(new SitemapWriter.IndexEntry(urls.sitemap(settings, PAGES), time.format(frontPagesChanged)));
        Instant latest = frontPagesChanged;
        Instant first = sitemaps.firstPublication(now).orElse(null);
        if (first != null) {
            YearMonth last = YearMonth.from(now.atZone(zone));
            for (YearMonth month = YearMonth.from(first.atZone(zone)); !month.isAfter(last); month = month.plusMonths(1)) {
                SitemapMonth counted = sitemaps.month(start(month), start(month.plusMonths(1)), now);
                long pages = (counted.count() + perFile - 1) / perFile;
                for (long page = 1; page <= pages; page++) {
                    entries.add(new SitemapWriter.IndexEntry(urls.sitemap(settings, monthName(month, page)),
                            time.format(counted.lastModified())));
                }
                if (counted.lastModified() != null && counted.lastModified().isAfter(latest)) {
                    latest = counted.lastModified();
                }
            }
        }
        // The protocol's urlset holds at least one url: without news in the window there is no news sitemap.
        List<NewsSitemapUrl> news = sitemaps.news(now.minus(NEWS_WINDOW), now, 1);
        if (!news.isEmpty()) {
            entries.add(new SitemapWriter.IndexEntry(urls.sitemap(settings, "news.xml"),
                    time.format(news.get(0).firstPublishedAt())));
        }
        byte[] body = render(doc -> SitemapWriter.index(doc, entries));
        return answer(body, latest, urls.sitemap(settings, "index.xml"));
    }

    /**
     * The site's front pages: the home page, then every section's page (by menu position, then slug). Without lastmod: a front page changes with every article it lists, which no row records.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Syndicated pages() {
        SiteSettings settings = site.get();
        List<SitemapWriter.UrlEntry> entries = new ArrayList<>();
        entries.add(new SitemapWriter.UrlEntry(urls.page(settings, "/"), null));
        for (Section section : sections.listAllWithParents()) {
            entries.add(new SitemapWriter.UrlEntry(urls.page(settings, sectionMapper.path(section)), null));
        }
        byte[] body = render(doc -> SitemapWriter.urls(doc, entries.stream()));
        return answer(body, frontPagesChanged(settings), urls.sitemap(settings, PAGES));
    }

    /**
     * robots.txt: crawlers may read everything but the editorial API and Quarkus' own endpoints (/q/), and find the
     * sitemap index at its absolute URL.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Syndicated robots() {
        SiteSettings settings = site.get();
        String body = "User-agent: *\n"
                + "Disallow: /api/v1/editorial/\n"
                + "Disallow: /q/\n"
                + "\n"
                + "Sitemap: " + urls.sitemap(settings, "index.xml") + "\n";
        return new Syndicated(new RenderedBody(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ROBOTS_MEDIA_TYPE, Set.of("site:site"), settings.getUpdatedAt()), List.of());
    }

    /** When the list of front pages last changed: the site settings (its base URL) or a section. */
    private Instant frontPagesChanged(SiteSettings settings) {
        Instant latest = settings.getUpdatedAt();
        for (Section section : sections.listAllWithParents()) {
            if (section.getUpdatedAt().isAfter(latest)) {
                latest = section.getUpdatedAt();
            }
        }
        return latest;
    }

    /**
     * One page of a month's articles; 400 for a malformed month or page, 404 for a page the month does not have.
     * On a site with several editions each URL of a translation group lists the group's visible members and
     * x-default as xhtml:link alternates, looked up a batch of URLs at a time while the page streams. A
     * transaction (read only in effect) keeps one connection for the page: outside one, the lookup's statement
     * would release the connection under the open stream, and PostgreSQL streams with a fetch size only inside one.
     */
    @Transactional
    public Syndicated month(YearMonth month, int page) {
        Instant now = clock.instant();
        SiteSettings settings = site.get();
        Editions current = editions.current();
        Map<UUID, String> paths = sectionPaths();
        int perFile = urlsPerFile(settings, paths, current);
        Instant from = start(month);
        Instant to = start(month.plusMonths(1));
        SitemapMonth counted = sitemaps.month(from, to, now);
        if ((long) (page - 1) * perFile >= counted.count()) {
            throw ProblemException.notFound("sitemap", monthName(month, page));
        }
        boolean translated = current.isMultilingual();
        byte[] body;
        try (Stream<SitemapUrl> rows = sitemaps.monthPage(from, to, now, (page - 1) * perFile, perFile)) {
            Stream<SitemapWriter.UrlEntry> entries = !translated
                    ? rows.map(row -> entry(settings, paths, row, List.of()))
                    : batches(rows).flatMap(batch -> withAlternates(settings, paths, current, batch, now));
            body = render(doc -> SitemapWriter.urls(doc, entries, translated));
        }
        return answer(body, counted.lastModified(), urls.sitemap(settings, monthName(month, page)));
    }

    private SitemapWriter.UrlEntry entry(SiteSettings settings, Map<UUID, String> paths, SitemapUrl row,
                                         List<SitemapWriter.Alternate> alternates) {
        return new SitemapWriter.UrlEntry(urls.page(settings, paths.get(row.sectionId()) + "/" + row.slug()),
                time.format(row.updatedAt()), alternates);
    }

    private Stream<SitemapWriter.UrlEntry> withAlternates(SiteSettings settings, Map<UUID, String> paths,
                                                          Editions current, List<SitemapUrl> batch, Instant now) {
        Set<UUID> groups = new java.util.LinkedHashSet<>();
        batch.forEach(row -> groups.add(row.groupId()));
        Map<UUID, List<SitemapWriter.Alternate>> alternates = SitemapTranslations.byGroup(
                sitemaps.groupMembers(groups, now), current, current.languages().size(),
                member -> urls.page(settings, paths.get(member.sectionId()) + "/" + member.slug()));
        return batch.stream().map(row -> entry(settings, paths, row,
                alternates.getOrDefault(row.groupId(), List.of())));
    }

    /** The rows in lists of ALTERNATES_BATCH, as they stream: a page never sits in memory whole. */
    private static Stream<List<SitemapUrl>> batches(Stream<SitemapUrl> rows) {
        java.util.Iterator<SitemapUrl> iterator = rows.iterator();
        java.util.Iterator<List<SitemapUrl>> batches = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public List<SitemapUrl> next() {
                List<SitemapUrl> batch = new ArrayList<>(ALTERNATES_BATCH);
                while (iterator.hasNext() && batch.size() < ALTERNATES_BATCH) {
                    batch.add(iterator.next());
                }
                return batch;
            }
        };
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(batches, java.util.Spliterator.ORDERED), false);
    }

    /**
     * Google News: visible articles first published in the last 48 hours (both ends included), newest first; 404
     * while there are none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Syndicated news() {
        Instant now = clock.instant();
        SiteSettings settings = site.get();
        Map<UUID, String> paths = sectionPaths();
        String publication = config.sitemaps().newsPublicationName().orElse(settings.getName());
        List<NewsSitemapUrl> rows = sitemaps.news(now.minus(NEWS_WINDOW), now, NEWS_LIMIT);
        if (rows.isEmpty()) {
            // A urlset must hold a url; the index leaves the news sitemap out while there is none.
            throw new ProblemException(dev.newsdesk.web.problem.ProblemCode.NOT_FOUND,
                    "No news sitemap: no visible article was first published in the last 48 hours");
        }
        byte[] body = render(doc -> SitemapWriter.news(doc, rows.stream().map(row -> new SitemapWriter.NewsEntry(
                urls.page(settings, paths.get(row.sectionId()) + "/" + row.slug()), publication,
                newsLanguage(row.language()), time.format(row.firstPublishedAt()), row.headline()))));
        Instant latest = rows.get(0).firstPublishedAt();
        return answer(body, latest, urls.sitemap(settings, "news.xml"));
    }

    /**
     * How many URLs one file may hold: the configured count, and no more than fit in max-bytes if every URL had
     * the longest loc this newsroom can produce (its deepest section path, the longest slug), and, with several
     * editions, as many alternates of that length as there are editions, plus x-default. So no file exceeds the
     * byte limit, and no file has to be measured or cut while it is written.
     */
    int urlsPerFile(SiteSettings settings, Map<UUID, String> paths, Editions current) {
        int longestPath = paths.values().stream().mapToInt(String::length).max().orElse(0);
        long longestLoc = urls.page(settings, "").length() + longestPath + 1 + MAX_SLUG;
        int links = current.isMultilingual() ? current.languages().size() + 1 : 0;
        long longestEntry = ENTRY_OVERHEAD + longestLoc + links * (ALTERNATE_OVERHEAD + longestLoc);
        long byBytes = (config.sitemaps().maxBytes() - FILE_OVERHEAD) / longestEntry;
        return (int) Math.max(1, Math.min(config.sitemaps().maxUrls(), byBytes));
    }

    /** Site path of every section, by id: one query, however many URLs the sitemap lists. */
    private Map<UUID, String> sectionPaths() {
        Map<UUID, String> paths = new HashMap<>();
        for (Section section : sections.listAllWithParents()) {
            paths.put(section.getId(), sectionMapper.path(section));
        }
        return paths;
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(time.zone()).toInstant();
    }

    /** File name of a month's page: articles/2019-04.xml, then articles/2019-04.xml?page=2 ... */
    static String monthName(YearMonth month, long page) {
        return "articles/" + month + ".xml" + (page > 1 ? "?page=" + page : "");
    }

    /** Google News wants an ISO 639 code, with zh-cn and zh-tw as the only regional forms. */
    static String newsLanguage(String language) {
        String lower = language.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("zh-cn") || lower.equals("zh-tw")) {
            return lower;
        }
        if (lower.startsWith("zh-hant") || lower.equals("zh-hk")) {
            return "zh-tw";
        }
        if (lower.startsWith("zh")) {
            return "zh-cn";
        }
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    private static byte[] render(XmlDocument.Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (XmlDocument doc = XmlDocument.to(out)) {
            body.write(doc);
        }
        return out.toByteArray();
    }

    private static Syndicated answer(byte[] body, Instant lastModified, String self) {
        return new Syndicated(new RenderedBody(body, MEDIA_TYPE, Set.of(), lastModified),
                List.of("<" + self + ">; rel=\"self\""));
    }
}
