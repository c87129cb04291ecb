package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.AuthorMapper;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.media.MediaMapper;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.media.MediaType;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.seo.Robots;
import dev.newsdesk.seo.api.SeoResponse;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.tag.TagMapper;
import dev.newsdesk.web.cache.ContentBoundaries;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ArticleMapper {

    private final ApiTime time;
    private final SectionMapper sections;
    private final AuthorMapper authors;
    private final TagMapper tags;
    private final MediaMapper media;
    private final MediaAssetRepository mediaAssets;
    private final ArticleBodyCodec bodyCodec;
    private final Clock clock;
    private final SitePaths sitePaths;
    private final ContentBoundaries boundaries;
    private final EditionService editions;
    private final TranslationGroups translations;

    public ArticleMapper(ApiTime time, SectionMapper sections, AuthorMapper authors, TagMapper tags, MediaMapper media,
                         MediaAssetRepository mediaAssets, ArticleBodyCodec bodyCodec, SitePaths sitePaths,
                         ContentBoundaries boundaries, EditionService editions, TranslationGroups translations,
                         Clock clock) {
        this.editions = editions;
        this.translations = translations;
        this.boundaries = boundaries;
        this.clock = clock;
        this.time = time;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.media = media;
        this.mediaAssets = mediaAssets;
        this.bodyCodec = bodyCodec;
        this.sitePaths = sitePaths;
    }

    public ArticleSummary toSummary(Article a) {
        reportExpiry(a);
        DisplayLanguage display = DisplayLanguage.of(editions.current(), a.getLanguage());
        return new ArticleSummary(a.getId(), a.getSlug(), a.getHeadline(), a.getStandfirst(), a.getLanguage(),
                sections.toRef(a.getSection(), display),
                a.getAuthors().stream().map(author -> authors.toRef(author, display)).toList(),
                media.toDelivered(a.getLeadMedia()), time.format(a.getPublishedAt()),
                time.format(a.getFirstPublishedAt()), time.format(a.getUpdatedAt()), canonicalPath(a));
    }

    /**
     * The article as readers get it: its section, byline and tags in the article's own language (their
     * translations for its edition, along the edition's fallbacks), with its translations as alternates.
     */
    public ArticleResponse toResponse(Article a) {
        reportExpiry(a);
        Editions current = editions.current();
        DisplayLanguage display = DisplayLanguage.of(current, a.getLanguage());
        Instant now = clock.instant();
        return new ArticleResponse(a.getId(), a.getSlug(), a.getHeadline(), a.getStandfirst(), a.getLanguage(),
                sections.toRef(a.getSection(), display),
                a.getAuthors().stream().map(author -> authors.toRef(author, display)).toList(),
                a.getTags().stream().map(tag -> tags.toResponse(tag, display)).toList(),
                media.toDelivered(a.getLeadMedia()),
                resolveMedia(bodyCodec.read(a.getBodyJson())), time.format(a.getCreatedAt()),
                time.format(a.getFirstPublishedAt()), time.format(a.getPublishedAt()), time.format(a.getUpdatedAt()),
                a.getRevision(), canonicalPath(a), seo(a, sitePaths.site()),
                translations.alternates(a, current, now), translations.translation(a, true, now));
    }

    /**
     * An article that will expire disappears at that instant without any write: no response showing it (the
     * article, a list, a feed, a collection) may be cached past it.
     */
    private void reportExpiry(Article a) {
        Instant expiresAt = a.getExpiresAt();
        if (expiresAt != null && expiresAt.isAfter(clock.instant())) {
            ContentBoundaries.report(boundaries, null, expiresAt);
        }
    }

    /** The article's search and social metadata with the defaults applied. */
    public SeoResponse seo(Article a, SitePaths.Site site) {
        return new SeoResponse(a.getSeo().titleOr(a.getHeadline()), a.getSeo().descriptionOr(a.getStandfirst()),
                media.toDelivered(socialImage(a)), Robots.read(a.getSeo().getRobots()), site.url(canonicalPath(a)));
    }

    /** The social image, else the lead media when it is a picture (a video or audio cannot be og:image). */
    public static MediaAsset socialImage(Article a) {
        if (a.getSeo().getSocialImage() != null) {
            return a.getSeo().getSocialImage();
        }
        return isPicture(a.getLeadMedia()) ? a.getLeadMedia() : null;
    }

    static boolean isPicture(MediaAsset media) {
        return media != null && (media.getType() == MediaType.IMAGE || media.getType() == MediaType.GRAPHIC);
    }

    public String canonicalPath(Article a) {
        return sections.path(a.getSection()) + "/" + a.getSlug();
    }

    /**
     * Embeds each image and media block's asset, loaded in one query for the whole body. A block whose asset is
     * out of rights (or gone) is left out entirely, so no front end renders an empty frame or a dangling caption.
     */
    private List<BodyBlock> resolveMedia(List<BodyBlock> body) {
        Set<UUID> ids = body.stream().filter(BodyBlock.Embed.class::isInstance)
                .map(b -> ((BodyBlock.Embed) b).mediaId()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return body;
        }
        Instant now = clock.instant();
        Map<UUID, MediaResponse> byId = new HashMap<>();
        for (MediaAsset asset : mediaAssets.findByIds(ids)) {
            MediaResponse delivered = media.toDelivered(asset, now);
            if (delivered != null) {
                byId.put(asset.getId(), delivered);
            }
        }
        List<BodyBlock> shown = new ArrayList<>(body.size());
        for (BodyBlock block : body) {
            if (!(block instanceof BodyBlock.Embed embed)) {
                shown.add(block);
            } else if (byId.containsKey(embed.mediaId())) {
                shown.add(embed.withMedia(byId.get(embed.mediaId())));
            }
        }
        return shown;
    }
}
