package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleIncluded;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.AuthorMapper;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.media.MediaMapper;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.tag.TagMapper;
import dev.newsdesk.web.request.Representation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the include= objects of articles that a page already showed, with one query per kind of object. */
@ApplicationScoped
public class ArticleIncludes {

    public static final String AUTHORS = "authors";
    public static final String TAGS = "tags";
    public static final String SECTION = "section";
    public static final String MEDIA = "media";
    public static final String JSON_LD = "jsonLd";
    public static final Set<String> ALL = Set.of(AUTHORS, TAGS, SECTION, MEDIA, JSON_LD);

    private final ArticleRepository articles;
    private final MediaAssetRepository mediaAssets;
    private final ArticleBodyCodec bodyCodec;
    private final AuthorMapper authors;
    private final TagMapper tags;
    private final SectionMapper sections;
    private final MediaMapper media;
    private final Clock clock;
    private final ArticleJsonLd jsonLd;
    private final SitePaths sitePaths;
    private final EditionService editions;

    public ArticleIncludes(ArticleRepository articles, MediaAssetRepository mediaAssets, ArticleBodyCodec bodyCodec,
                           AuthorMapper authors, TagMapper tags, SectionMapper sections, MediaMapper media,
                           ArticleJsonLd jsonLd, SitePaths sitePaths, Clock clock, EditionService editions) {
        this.editions = editions;
        this.clock = clock;
        this.articles = articles;
        this.mediaAssets = mediaAssets;
        this.bodyCodec = bodyCodec;
        this.authors = authors;
        this.tags = tags;
        this.sections = sections;
        this.media = media;
        this.jsonLd = jsonLd;
        this.sitePaths = sitePaths;
    }

    /** The objects a shape asks to include for each of these summaries; no query when it asks for none. */
    public Map<UUID, ArticleIncluded> forSummaries(List<ArticleSummary> items, Representation shape) {
        return forArticles(items.stream().map(ArticleSummary::id).toList(), shape.includes());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ArticleIncluded> forArticles(Collection<UUID> ids, Set<String> includes) {
        if (ids.isEmpty() || includes.isEmpty()) {
            return Map.of();
        }
        List<Article> loaded = articles.list("select a from Article a join fetch a.section s left join fetch s.parent"
                + " left join fetch a.leadMedia left join fetch a.seo.socialImage where a.id in ?1", ids);
        SitePaths.Site site = includes.contains(JSON_LD) ? sitePaths.site() : null;
        Map<UUID, List<UUID>> mediaIds = new HashMap<>();
        if (includes.contains(MEDIA)) {
            loaded.forEach(a -> mediaIds.put(a.getId(), mediaIdsOf(a)));
        }
        Map<UUID, MediaAsset> assets = mediaAssets.findByIds(mediaIds.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(MediaAsset::getId, Function.identity()));
        Map<UUID, ArticleIncluded> result = new HashMap<>();
        Instant now = clock.instant();
        Editions current = editions.current();
        for (Article a : loaded) {
            // In the article's own language, as the article embeds its section, byline and tags.
            DisplayLanguage display = DisplayLanguage.of(current, a.getLanguage());
            result.put(a.getId(), new ArticleIncluded(
                    includes.contains(AUTHORS) ? a.getAuthors().stream().map(au -> authors.toResponse(au, display))
                            .toList() : null,
                    includes.contains(TAGS) ? a.getTags().stream().map(t -> tags.toResponse(t, display)).toList()
                            : null,
                    includes.contains(SECTION) ? sections.toResponse(a.getSection(), display) : null,
                    includes.contains(MEDIA) ? mediaIds.get(a.getId()).stream().map(assets::get)
                            .filter(Objects::nonNull).map(asset -> media.toDelivered(asset, now))
                            .filter(Objects::nonNull).toList() : null,
                    site != null ? jsonLd.of(a, site) : null));
        }
        return result;
    }

    /** Lead media first, then the body's images, audio and video in reading order, each once. */
    private List<UUID> mediaIdsOf(Article article) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (article.getLeadMedia() != null) {
            ids.add(article.getLeadMedia().getId());
        }
        for (BodyBlock block : bodyCodec.read(article.getBodyJson())) {
            if (block instanceof BodyBlock.Embed embed) {
                ids.add(embed.mediaId());
            }
        }
        return new ArrayList<>(ids);
    }
}
