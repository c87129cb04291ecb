package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleList;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.RelatedPins;
import dev.newsdesk.change.Reasons;
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

    public RelatedArticleService(ArticleRepository articles, RelatedArticleRepository related,
                                 VisibleArticles visible, ArticleMapper mapper, ArticleIncludes includes,
                                 ArticleRepresentation representation, ArticleChanges changes, Clock clock) {
        this.articles = articles;
        this.related = related;
        this.visible = visible;
        this.mapper = mapper;
        this.includes = includes;
        this.representation = representation;
        this.changes = changes;
        this.clock = clock;
    }

    /** Never the article itself and never anything readers cannot see; 404 when the article itself is not visible. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<ArticleList> related(RelatedArticleRequest request) {
        UUID id = request.id();
        int limit = request.limit();
        Instant now = clock.instant();
        Article article = articles.findVisibleById(id, now)
                .orElseThrow(() -> ProblemException.notFound("article", id.toString()));
        List<UUID> pinnedIds = related.findPinnedIds(id).stream().filter(p -> !p.equals(id)).toList();
        List<Article> result = new ArrayList<>(visible.inOrder(pinnedIds, now));
        if (result.size() > limit) {
            result = result.subList(0, limit);
        } else if (result.size() < limit) {
            List<UUID> excluded = new ArrayList<>(pinnedIds);
            excluded.add(id);
            result.addAll(related.findSimilar(article, excluded, limit - result.size(), now));
        }
        List<ArticleSummary> items = result.stream().map(mapper::toSummary).toList();
        return representation.list(items, includes.forSummaries(items, request.shape()), request.shape());
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
