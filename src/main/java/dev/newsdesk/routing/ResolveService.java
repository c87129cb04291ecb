package dev.newsdesk.routing;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleAvailability;
import dev.newsdesk.article.ArticleMapper;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.collection.ArticleCollectionRepository;
import dev.newsdesk.routing.api.PathRedirect;
import dev.newsdesk.routing.api.ResolvedPath;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.slug.SlugChanges;
import dev.newsdesk.slug.SlugKind;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a site path into what it shows, or into a redirect to where that is now. Paths are matched by their last
 * segment, a slug (current first, then former ones): article and section slugs are unique site-wide, so an article
 * found this way has one canonical path, and any other way of reaching it (an old slug, an old or moved section)
 * redirects there in one hop. Every earlier segment must name a section, now or formerly, so that made-up paths stay
 * 404 instead of redirecting.
 */
@ApplicationScoped
public class ResolveService {

    private static final int REDIRECT_STATUS = 301;

    private final ArticleRepository articles;
    private final ArticleAvailability availability;
    private final ArticleMapper articleMapper;
    private final SectionRepository sections;
    private final SectionMapper sectionMapper;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final ArticleCollectionRepository collections;
    private final SlugChanges slugs;
    private final SitePaths sitePaths;
    private final Clock clock;

    public ResolveService(ArticleRepository articles, ArticleAvailability availability, ArticleMapper articleMapper,
                          SectionRepository sections, SectionMapper sectionMapper, AuthorRepository authors,
                          TagRepository tags, ArticleCollectionRepository collections, SlugChanges slugs,
                          SitePaths sitePaths, Clock clock) {
        this.articles = articles;
        this.availability = availability;
        this.articleMapper = articleMapper;
        this.sections = sections;
        this.sectionMapper = sectionMapper;
        this.authors = authors;
        this.tags = tags;
        this.collections = collections;
        this.slugs = slugs;
        this.sitePaths = sitePaths;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResolvedPath resolve(String rawPath) {
        SitePath path = SitePath.parse(rawPath);
        if (path.segments().isEmpty()) {
            throw notFound(path);
        }
        if (path.segments().size() == 2 && SitePaths.RESERVED_SECTION_SLUGS.contains(path.segments().get(0))) {
            return fixedPage(path);
        }
        if (!path.parents().stream().allMatch(this::namesASection)) {
            throw notFound(path);
        }
        Optional<ResolvedPath> section = find(SlugKind.SECTION, path, sections::findBySlug, sections::findByIdOptional)
                .map(s -> answer(path, "section", s.getId(), sectionMapper.path(s), "/api/v1/sections/" + s.getSlug()));
        if (section.isPresent() || path.segments().size() < 2) {
            return section.orElseThrow(() -> notFound(path));
        }
        return find(SlugKind.ARTICLE, path, articles::findBySlug, articles::findByIdOptional)
                .map(a -> article(path, a)).orElseThrow(() -> notFound(path));
    }

    private ResolvedPath fixedPage(SitePath path) {
        return switch (path.segments().get(0)) {
            case SitePaths.AUTHORS -> find(SlugKind.AUTHOR, path, authors::findBySlug, authors::findByIdOptional)
                    .map(a -> page(path, "author", a.getId(), SitePaths.author(a.getSlug()), "/api/v1/authors/"))
                    .orElseThrow(() -> notFound(path));
            case SitePaths.TAGS -> find(SlugKind.TAG, path, tags::findBySlug, tags::findByIdOptional)
                    .map(t -> page(path, "tag", t.getId(), SitePaths.tag(t.getSlug()), "/api/v1/tags/"))
                    .orElseThrow(() -> notFound(path));
            default -> find(SlugKind.COLLECTION, path, collections::findBySlug, collections::findByIdOptional)
                    .map(c -> page(path, "collection", c.getId(), SitePaths.collection(c.getSlug()),
                            "/api/v1/collections/"))
                    .orElseThrow(() -> notFound(path));
        };
    }

    /**
     * The item whose current slug is the path's last segment, else the one that had it last. A former owner that no
     * longer exists was deleted: 410.
     */
    private <T> Optional<T> find(SlugKind kind, SitePath path, Function<String, Optional<T>> bySlug,
                                 Function<UUID, Optional<T>> byId) {
        Optional<T> current = bySlug.apply(path.last());
        if (current.isPresent()) {
            return current;
        }
        Optional<UUID> former = slugs.formerOwner(kind, path.last());
        if (former.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(byId.apply(former.get()).orElseThrow(() -> new ProblemException(ProblemCode.GONE,
                "The " + kind.name().toLowerCase(java.util.Locale.ROOT) + " at '" + path.raw() + "' was deleted")));
    }

    private ResolvedPath article(SitePath path, Article article) {
        Instant now = clock.instant();
        if (!ArticleAvailability.isVisible(article, now)) {
            throw availability.notVisible(Optional.of(article), path.raw(), now);
        }
        return answer(path, "article", article.getId(), articleMapper.canonicalPath(article),
                "/api/v1/articles/" + article.getId());
    }

    private boolean namesASection(String slug) {
        return sections.findBySlug(slug).isPresent() || slugs.formerOwner(SlugKind.SECTION, slug).isPresent();
    }

    private ResolvedPath page(SitePath path, String type, UUID id, String canonicalPath, String apiPrefix) {
        return answer(path, type, id, canonicalPath, apiPrefix + canonicalPath.substring(canonicalPath.lastIndexOf('/') + 1));
    }

    private ResolvedPath answer(SitePath path, String type, UUID id, String canonicalPath, String apiPath) {
        PathRedirect redirect = path.raw().equals(canonicalPath) ? null
                : new PathRedirect(REDIRECT_STATUS, canonicalPath);
        return new ResolvedPath(type, id, canonicalPath, sitePaths.site().url(canonicalPath), apiPath, redirect);
    }

    private static ProblemException notFound(SitePath path) {
        return new ProblemException(ProblemCode.NOT_FOUND, "No page has the path '" + path.raw() + "'");
    }
}
