package dev.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.api.ArticleCreateRequest;
import dev.newsdesk.article.api.ArticlePublishRequest;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.ArticleUpdateRequest;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.revision.RevisionKind;
import dev.newsdesk.revision.RevisionService;
import dev.newsdesk.security.Editor;
import dev.newsdesk.web.EntityTags;
import dev.newsdesk.web.JsonMergePatch;
import dev.newsdesk.web.EditorialProblems;
import dev.newsdesk.web.ProblemCode;
import dev.newsdesk.web.ProblemException;
import dev.newsdesk.web.Versioned;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The editorial side of articles: drafts, edits, the publishing workflow and its revision history. Every change
 * checks the version the editor saw (If-Match), saves the article, then appends one immutable revision.
 */
@ApplicationScoped
public class ArticleEditorialService {

    private static final Logger LOG = Logger.getLogger(ArticleEditorialService.class);

    private final ArticleRepository articles;
    private final ArticleReferences references;
    private final ArticleBodyCodec bodyCodec;
    private final ArticleEditorialMapper mapper;
    private final ArticleMapper deliveryMapper;
    private final RevisionService revisions;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public ArticleEditorialService(ArticleRepository articles, ArticleReferences references,
                                   ArticleBodyCodec bodyCodec, ArticleEditorialMapper mapper,
                                   ArticleMapper deliveryMapper, RevisionService revisions, ObjectMapper json,
                                   Validator validator, Clock clock) {
        this.articles = articles;
        this.references = references;
        this.bodyCodec = bodyCodec;
        this.mapper = mapper;
        this.deliveryMapper = deliveryMapper;
        this.revisions = revisions;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Versioned<EditorialArticle> create(ArticleCreateRequest request, Editor editor) {
        ArticleSnapshot content = new ArticleSnapshot(request.slug(), request.headline(), request.standfirst(),
                request.language(), request.sectionId(), request.leadMediaId(), request.authorIds(), request.tagIds(),
                request.body());
        Instant now = now();
        Article article = new Article();
        article.setId(UUID.randomUUID());
        apply(article, content);
        article.setStatus(ArticleStatus.DRAFT);
        article.setCreatedAt(now);
        article.setUpdatedAt(now);
        article.setRevision(0);
        articles.persist(article);
        articles.flush();
        revisions.record(article.getId(), revisions.nextNumber(article.getId()),
                new RevisionService.Change(RevisionKind.CREATED, editor.keyName(), null, false, now, null,
                        mapper.snapshot(article)));
        return versioned(article, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EditorialArticle> get(UUID id) {
        return versioned(find(id), now());
    }

    @Transactional
    public Versioned<EditorialArticle> update(UUID id, EntityTags.ExpectedVersion expected,
                                             ArticleUpdateRequest request, Editor editor) {
        Article article = findForChange(id, expected);
        return edit(article, request, editor, request.correction() ? RevisionKind.CORRECTION : RevisionKind.EDITED,
                request.note());
    }

    /** RFC 7396: the patch is merged into the article's update document, which is then validated as a PUT body. */
    @Transactional
    public Versioned<EditorialArticle> patch(UUID id, EntityTags.ExpectedVersion expected, JsonNode patch,
                                            Editor editor) {
        Article article = findForChange(id, expected);
        if (!patch.isObject()) {
            throw new ProblemException(ProblemCode.MALFORMED_REQUEST,
                    "A merge patch for an article must be a JSON object");
        }
        ObjectNode current = json.valueToTree(mapper.snapshot(article));
        ArticleUpdateRequest request = readValid(JsonMergePatch.apply(current, patch));
        return edit(article, request, editor, request.correction() ? RevisionKind.CORRECTION : RevisionKind.EDITED,
                request.note());
    }

    /** Puts an old revision's content back as a new revision; the workflow state does not change. */
    @Transactional
    public Versioned<EditorialArticle> restore(UUID id, int number, EntityTags.ExpectedVersion expected, Editor editor) {
        Article article = findForChange(id, expected);
        ArticleSnapshot old = revisions.content(id, number);
        ArticleUpdateRequest request = new ArticleUpdateRequest(old.slug(), old.headline(), old.standfirst(),
                old.language(), old.sectionId(), old.leadMediaId(), old.authorIds(), old.tagIds(), old.body(), false,
                false, "Restored revision " + number);
        return edit(article, request, editor, RevisionKind.EDITED, request.note());
    }

    @Transactional
    public Versioned<EditorialArticle> publish(UUID id, EntityTags.ExpectedVersion expected,
                                              ArticlePublishRequest request, Editor editor) {
        Article article = findForChange(id, expected);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            throw conflict("The article is already published; unpublish it first to change its schedule");
        }
        Instant now = now();
        Instant publishAt = request == null || request.publishAt() == null ? now : request.publishAt().toInstant();
        Instant expiresAt = request == null || request.expiresAt() == null ? null : request.expiresAt().toInstant();
        if (publishAt.isBefore(now)) {
            throw unprocessable("/publishAt", "must not be in the past; leave it out to publish now");
        }
        if (expiresAt != null && !expiresAt.isAfter(publishAt)) {
            throw unprocessable("/expiresAt", "must be later than the publication time");
        }
        int number = revisions.nextNumber(id);
        article.setStatus(ArticleStatus.PUBLISHED);
        article.setPublishedAt(publishAt);
        article.setExpiresAt(expiresAt);
        if (article.getFirstPublishedAt() == null) {
            article.setFirstPublishedAt(publishAt);
        }
        article.setUpdatedAt(publishAt);
        article.setRevision(number);
        save(article, number, new RevisionService.Change(RevisionKind.PUBLISHED, editor.keyName(), null, false, now,
                publishAt, mapper.snapshot(article)));
        return versioned(article, now);
    }

    @Transactional
    public Versioned<EditorialArticle> unpublish(UUID id, EntityTags.ExpectedVersion expected, String note,
                                                Editor editor) {
        Article article = findForChange(id, expected);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw conflict("Only a published or scheduled article can be unpublished");
        }
        Instant now = now();
        int number = revisions.nextNumber(id);
        if (article.getFirstPublishedAt().isAfter(now)) {
            // Its first publication never happened: readers should get 404 as for any draft, not 410.
            article.setFirstPublishedAt(null);
        }
        article.setStatus(ArticleStatus.UNPUBLISHED);
        save(article, number, new RevisionService.Change(RevisionKind.UNPUBLISHED, editor.keyName(), note, false, now,
                null, mapper.snapshot(article)));
        return versioned(article, now);
    }

    /** Leaves a tombstone: the id and slug stay taken, and readers who saw the article get 410 Gone. */
    @Transactional
    public void delete(UUID id, EntityTags.ExpectedVersion expected, Editor editor) {
        Article article = findForChange(id, expected);
        Instant now = now();
        int number = revisions.nextNumber(id);
        article.setStatus(ArticleStatus.DELETED);
        save(article, number, new RevisionService.Change(RevisionKind.DELETED, editor.keyName(), null, false, now,
                null, mapper.snapshot(article)));
    }

    /** The article exactly as the delivery API would serve it, whatever its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleResponse preview(UUID id) {
        return deliveryMapper.toResponse(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(UUID id) {
        find(id);
    }

    private Versioned<EditorialArticle> edit(Article article, ArticleUpdateRequest request, Editor editor,
                                             RevisionKind kind, String note) {
        boolean published = article.getStatus() == ArticleStatus.PUBLISHED;
        if (published && !editor.canPublish()) {
            throw new ForbiddenException("Changing a published article needs a publisher key");
        }
        if (request.correction() && (note == null || note.isBlank())) {
            throw unprocessable("/note", "a correction needs a note saying what was corrected");
        }
        if (request.correction() && request.minor()) {
            throw unprocessable("/minor", "a correction is never minor: readers must see that the article changed");
        }
        if (request.correction() && !published) {
            throw unprocessable("/correction", "only a published article can be corrected; edit drafts normally");
        }
        Instant now = now();
        int number = revisions.nextNumber(article.getId());
        apply(article, new ArticleSnapshot(request.slug(), request.headline(), request.standfirst(),
                request.language(), request.sectionId(), request.leadMediaId(), request.authorIds(), request.tagIds(),
                request.body()));
        Instant visibleFrom = null;
        if (published) {
            // A scheduled article's edits reach readers when it goes live, not before.
            visibleFrom = article.getPublishedAt().isAfter(now) ? article.getPublishedAt() : now;
            article.setRevision(number);
            if (!request.minor()) {
                article.setUpdatedAt(visibleFrom);
            }
        } else {
            article.setUpdatedAt(now);
        }
        save(article, number, new RevisionService.Change(kind, editor.keyName(), blankToNull(note), request.minor(),
                now, visibleFrom, mapper.snapshot(article)));
        return versioned(article, now);
    }

    /*
     * Callers take the next revision number before they change the article: a query flushes pending changes, and the
     * version check of that flush must happen in save(), where a lost race becomes a 412.
     */

    /** Writes the article first: its version check decides between concurrent writers before any revision exists. */
    private void save(Article article, int number, RevisionService.Change change) {
        try {
            EntityTags.flushOrStale(articles::flush);
        } catch (ProblemException e) {
            LOG.debugf("Article %s: a concurrent change won; answering 412", article.getId());
            throw e;
        }
        revisions.record(article.getId(), number, change);
    }

    private void apply(Article article, ArticleSnapshot content) {
        ArticleReferences.Resolved refs = references.resolve(content);
        String slug = content.slug();
        EditorialProblems.requireFreeSlug(articles.findBySlug(slug), Article::getId, article.getId(), "article", slug);
        article.setSlug(slug);
        article.setHeadline(RichText.plain(content.headline()));
        article.setStandfirst(blankToNull(RichText.plain(content.standfirst())));
        article.setLanguage(content.language());
        article.setSection(refs.section());
        article.setLeadMedia(refs.leadMedia());
        article.setAuthors(new ArrayList<>(refs.authors()));
        article.setTags(new ArrayList<>(refs.tags()));
        article.setBodyJson(bodyCodec.write(refs.body()));
    }

    private ArticleUpdateRequest readValid(JsonNode document) {
        ArticleUpdateRequest request = JsonMergePatch.read(json, document, ArticleUpdateRequest.class);
        Set<ConstraintViolation<ArticleUpdateRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private Article findForChange(UUID id, EntityTags.ExpectedVersion expected) {
        Article article = find(id);
        expected.check(article.getVersion());
        if (article.getStatus() == ArticleStatus.DELETED) {
            throw new ProblemException(ProblemCode.CONFLICT, "The article was deleted; it can no longer change");
        }
        return article;
    }

    private Article find(UUID id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("article", id.toString()));
    }

    private Versioned<EditorialArticle> versioned(Article article, Instant now) {
        return new Versioned<>(mapper.toEditorial(article, now), article.getVersion());
    }

    /** Both databases keep microseconds: answer with the instant as it will read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(ProblemCode.CONFLICT, detail);
    }

    private static ProblemException unprocessable(String pointer, String message) {
        return EditorialProblems.unprocessable(pointer, message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
