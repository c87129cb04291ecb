package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleList;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.RelatedPins;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.edition.ServedEdition;
import dev.newsdesk.security.Editor;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.Shaped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** "Related stories" under an article: the editors' pins first, then the closest matches by tags and section. */
@ApplicationScoped
public class RelatedArticleService {

    private final ArticleRepository articles;
    private final RelatedArticleRepository related;
    private final VisibleArticles visible;
    private final ArticleMapper mapper;
    private final ArticleIncludes includes;
    private final ArticleRepresentation representation;
    private final ArticleChanges changes;
    private final Clock clock;
    private final EditionService editions;
    private final TranslationGroups translations;
    private final ServedEdition served;

    public RelatedArticleService(ArticleRepository articles, RelatedArticleRepository related,
                                 VisibleArticles visible, ArticleMapper mapper, ArticleIncludes includes,
                                 ArticleRepresentation representation, ArticleChanges changes, Clock clock,
                                 EditionService editions, TranslationGroups translations, ServedEdition served) {
        this.editions = editions;
        this.translations = translations;
        this.served = served;
        this.articles = articles;
        this.related = related;
        this.visible = visible;
        this.mapper = mapper;
        this.includes = includes;
        this.representation = representation;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Never the article itself or one of its translations, and never anything readers cannot see; 404 when the
     * article itself is not visible. Shown in the edition asked for, else in the article's own (see
     * {@link TranslationGroups#inEdition}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<ArticleList> related(RelatedArticleRequest request) {
        UUID id = request.id();
        int limit = request.limit();
        Instant now = clock.instant();
        Editions current = editions.current();
        LanguageNegotiation.Negotiated negotiated = editions.negotiate(request.lang(), request.acceptLanguage(),
                current);
        Article article = articles.findVisibleById(id, now)
                .orElseThrow(() -> ProblemException.notFound("article", id.toString()));
        Set<UUID> group = new HashSet<>(List.of(id));
        articles.findVisibleGroup(article.groupId(), now).forEach(member -> group.add(member.getId()));
        List<UUID> pinnedIds = related.findPinnedIds(id).stream().filter(p -> !group.contains(p)).toList();
        List<Article> result = new ArrayList<>(visible.inOrder(pinnedIds, now));
        if (result.size() > limit) {
            result = result.subList(0, limit);
        } else if (result.size() < limit) {
            List<UUID> excluded = new ArrayList<>(pinnedIds);
            excluded.addAll(group);
            result.addAll(related.findSimilar(article, excluded, limit - result.size(), now));
        }
        String edition = edition(negotiated, article, current);
        String shownIn = edition != null ? edition
                : negotiated.all() ? String.join(", ", current.languages()) : article.getLanguage();
        served.served(shownIn, negotiated.asked() && !negotiated.all() ? negotiated.language() : null,
                negotiated.headerMatters());
        List<ArticleSummary> items = translations.inEdition(result, edition, current, now).stream()
                .filter(a -> !group.contains(a.getId())).map(mapper::toSummary).toList();
        return representation.list(items, includes.forSummaries(items, request.shape()), request.shape());
    }

    /** The edition asked for, else the article's own; null (each as it is) for lang=* or no edition at all. */
    private static String edition(LanguageNegotiation.Negotiated negotiated, Article article, Editions current) {
        if (negotiated.all()) {
            return null;
        }
        return negotiated.asked() ? negotiated.language() : current.editionOf(article.getLanguage());
    }

    /** The editors' pins of an article (not deleted), visible or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RelatedPins pins(UUID id) {
        requireNotDeleted(id);
        return new RelatedPins(related.findPinnedIds(id));
    }

    /**
     * An editor's replacement of the pins, against the ETag of the pins they saw. The article's row is locked
     * first, so two replacements of one article's pins run one after the other and the second gets 412. Pins of a
     * published article are what its readers see: changing them needs a publisher.
     */
    @Transactional
    public List<UUID> replace(UUID id, List<UUID> relatedIds, String ifMatch, Editor editor) {
        Article article = articles.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.getStatus() != ArticleStatus.DELETED)
                .orElseThrow(() -> ProblemException.notFound("article", id.toString()));
        if (article.getStatus() == ArticleStatus.PUBLISHED && !editor.canPublish()) {
            throw new ProblemException(ProblemCode.FORBIDDEN, "Changing the related stories of a published article needs a publisher key");
        }
        RelatedPinsTag.check(ifMatch, related.findPinnedIds(id));
        pin(id, relatedIds);
        return related.findPinnedIds(id);
    }

    /** Replaces the editors' pins of an article; each id must name another article that is not deleted. */
    @Transactional
    public void pin(UUID id, List<UUID> relatedIds) {
        requireNotDeleted(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < relatedIds.size(); i++) {
            UUID relatedId = relatedIds.get(i);
            String pointer = "/relatedIds/" + i;
            if (relatedId.equals(id)) {
                errors.add(Problem.FieldError.pointer(pointer, "an article cannot be related to itself"));
            } else if (!seen.add(relatedId)) {
                errors.add(Problem.FieldError.pointer(pointer, "the article is listed twice"));
            } else if (!exists(relatedId)) {
                errors.add(Problem.FieldError.pointer(pointer, "no article has this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        related.replacePins(id, relatedIds);
        Instant now = clock.instant();
        changes.dependencyChanged(articles.findById(id), Reasons.RELATED_CHANGED, now);
    }

    private boolean exists(UUID id) {
        return articles.findByIdOptional(id).filter(a -> a.getStatus() != ArticleStatus.DELETED).isPresent();
    }

    private void requireNotDeleted(UUID id) {
        if (!exists(id)) {
            throw ProblemException.notFound("article", id.toString());
        }
    }
}
