package dev.newsdesk.article;

import dev.newsdesk.text.RichText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.api.ArticleCreateRequest;
import dev.newsdesk.article.api.ArticlePublishRequest;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.ArticleUpdateRequest;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.EditorialArticleSummary;
import dev.newsdesk.article.api.PendingDraft;
import dev.newsdesk.article.revision.api.RevisionDetail;
import dev.newsdesk.article.revision.RevisionKind;
import dev.newsdesk.article.revision.RevisionService;
import dev.newsdesk.security.Editor;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.request.JsonMergePatch;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.paging.PageWindow;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The editorial side of articles: drafts, edits, the publishing workflow and its revision history. Every change
 * checks the version the editor saw (If-Match), saves the article, then appends one immutable revision.
 * <p>
 * A published article can also hold one pending draft: content saved as a revision readers never see, which the
 * article points at until a publisher publishes it or someone discards it. While it exists, live edits are refused
 * (409 PENDING_DRAFT), so neither version silently overwrites the other.
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
        return change(findForChange(id, expected), request, editor);
    }

    /**
     * RFC 7396: the patch is merged into the article's update document, which is then validated as a PUT body. With
     * draft true and a pending draft, the document is the pending draft's: the patch continues that draft.
     */
    @Transactional
    public Versioned<EditorialArticle> patch(UUID id, EntityTags.ExpectedVersion expected, JsonNode patch,
                                            Editor editor) {
        Article article = findForChange(id, expected);
        if (!patch.isObject()) {
            throw new ProblemException(ProblemCode.MALFORMED_REQUEST,
                    "A merge patch for an article must be a JSON object");
        }
        boolean draft = patch.path("draft").isBoolean() && patch.get("draft").booleanValue();
        ArticleSnapshot base = draft && article.getPendingRevision() != null
                ? revisions.content(id, article.getPendingRevision()) : mapper.snapshot(article);
        ObjectNode current = json.valueToTree(base);
        return change(article, readValid(JsonMergePatch.apply(current, patch)), editor);
    }

    /**
     * Puts an old revision's content back as a new revision; the workflow state does not change. On a published
     * article (or one holding a pending draft) the content becomes the pending draft, so readers see it only once a
     * publisher publishes it.
     */
    @Transactional
    public Versioned<EditorialArticle> restore(UUID id, int number, EntityTags.ExpectedVersion expected, Editor editor) {
        Article article = findForChange(id, expected);
        ArticleSnapshot old = revisions.content(id, number);
        String note = "Restored revision " + number;
        if (holdsDrafts(article)) {
            return saveDraft(article, old, editor, note);
        }
        ArticleUpdateRequest request = new ArticleUpdateRequest(old.slug(), old.headline(), old.standfirst(),
                old.language(), old.sectionId(), old.leadMediaId(), old.authorIds(), old.tagIds(), old.body(), false,
                false, note, false);
        return edit(article, request, editor, RevisionKind.EDITED, note);
    }

    /** Drops the pending draft; its revision stays in the history, and readers' content never changed. */
    @Transactional
    public Versioned<EditorialArticle> discardDraft(UUID id, EntityTags.ExpectedVersion expected, Editor editor) {
        Article article = findForChange(id, expected);
        Integer pending = article.getPendingRevision();
        if (pending == null) {
            throw new ProblemException(ProblemCode.NOT_FOUND, "Article '" + id + "' has no pending draft");
        }
        Instant now = now();
        int number = revisions.nextNumber(id);
        article.setPendingRevision(null);
        save(article, number, new RevisionService.Change(RevisionKind.EDITED, editor.keyName(),
                "Discarded draft revision " + pending, false, now, null, mapper.snapshot(article)));
        return versioned(article, now);
    }

    /**
     * Publishes a draft or unpublished article (with its pending draft applied, if it has one), now or on schedule.
     * On a published article this publishes its pending draft, and only that.
     */
    @Transactional
    public Versioned<EditorialArticle> publish(UUID id, EntityTags.ExpectedVersion expected,
                                              ArticlePublishRequest request, Editor editor) {
        Article article = findForChange(id, expected);
        Integer pending = article.getPendingRevision();
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            if (pending == null) {
                throw conflict("The article is already published; unpublish it first to change its schedule");
            }
            return publishDraft(article, request, editor);
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
        ArticleSnapshot draft = pending == null ? null : revisions.content(id, pending);
        int number = revisions.nextNumber(id);
        if (draft != null) {
            apply(article, draft);
            article.setPendingRevision(null);
        }
        article.setStatus(ArticleStatus.PUBLISHED);
        article.setPublishedAt(publishAt);
        article.setExpiresAt(expiresAt);
        if (article.getFirstPublishedAt() == null) {
            article.setFirstPublishedAt(publishAt);
        }
        article.setUpdatedAt(publishAt);
        article.setRevision(number);
        save(article, number, new RevisionService.Change(RevisionKind.PUBLISHED, editor.keyName(),
                pending == null ? null : publishedDraftNote(pending), false, now, publishAt, mapper.snapshot(article)));
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
        article.setPendingRevision(null);
        save(article, number, new RevisionService.Change(RevisionKind.DELETED, editor.keyName(), null, false, now,
                null, mapper.snapshot(article)));
    }

    /**
     * The article exactly as the delivery API would serve it, whatever its state; with a pending draft, the draft's
     * content on a copy of the article that is never saved.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleResponse preview(UUID id) {
        Article article = find(id);
        if (article.getPendingRevision() == null) {
            return deliveryMapper.toResponse(article);
        }
        return deliveryMapper.toResponse(workingCopy(article, revisions.content(id, article.getPendingRevision()),
                false));
    }

    /** One page of the editorial list and, when more follow, the cursor of the next page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(EditorialArticleQuery query) {
        Instant now = now();
        PageWindow<Article> page = PageWindow.of(articles.findEditorialPage(query), query.limit());
        return new Page(page.items().stream().map(a -> mapper.toSummary(a, now)).toList(),
                page.next(last -> new EditorialArticleQuery.Cursor(last.getUpdatedAt(), last.getId())));
    }

    public record Page(List<EditorialArticleSummary> items, EditorialArticleQuery.Cursor next) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(UUID id) {
        find(id);
    }

    /** A PUT or PATCH: into the pending draft, or straight into the article. */
    private Versioned<EditorialArticle> change(Article article, ArticleUpdateRequest request, Editor editor) {
        if (request.draft() && request.correction()) {
            throw unprocessable("/draft", "a correction is what readers see: it cannot be saved as a draft; "
                    + "publish the draft first, then correct the published article");
        }
        if (request.draft() && holdsDrafts(article)) {
            if (request.minor()) {
                throw unprocessable("/minor", "applies to live edits; publishing a draft always moves updatedAt");
            }
            return saveDraft(article, content(request), editor, request.note());
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED && !editor.canPublish()) {
            throw new ForbiddenException("Changing a published article needs a publisher key; "
                    + "an editor may save a draft of it (draft: true)");
        }
        if (article.getPendingRevision() != null) {
            throw new ProblemException(ProblemCode.PENDING_DRAFT, "The article has a pending draft (revision "
                    + article.getPendingRevision() + "): publish or discard it first, or save this change into it "
                    + "with draft: true");
        }
        return edit(article, request, editor, request.correction() ? RevisionKind.CORRECTION : RevisionKind.EDITED,
                request.note());
    }

    /** Saves content as the pending draft: a new revision readers never see; the article's own content stays. */
    private Versioned<EditorialArticle> saveDraft(Article article, ArticleSnapshot content, Editor editor,
                                                  String note) {
        Instant now = now();
        int number = revisions.nextNumber(article.getId());
        // Validated and sanitized exactly as if it went live now, on a copy: the article itself must not change.
        ArticleSnapshot draft = mapper.snapshot(workingCopy(article, content, true));
        article.setPendingRevision(number);
        save(article, number, new RevisionService.Change(RevisionKind.EDITED, editor.keyName(), blankToNull(note),
                false, now, null, draft, true));
        return versioned(article, now);
    }

    /** The pending draft of a published article goes live now (or when a scheduled article does). */
    private Versioned<EditorialArticle> publishDraft(Article article, ArticlePublishRequest request, Editor editor) {
        if (request != null && request.publishAt() != null) {
            throw unprocessable("/publishAt", "a pending draft of a published article is published now; "
                    + "scheduling a replacement of live content is not supported");
        }
        if (request != null && request.expiresAt() != null) {
            throw unprocessable("/expiresAt", "publishing a pending draft keeps the article's expiry; "
                    + "unpublish and publish again to change it");
        }
        int pending = article.getPendingRevision();
        Instant now = now();
        ArticleSnapshot draft = revisions.content(article.getId(), pending);
        int number = revisions.nextNumber(article.getId());
        apply(article, draft);
        // A scheduled article's new content reaches readers when it goes live, not before.
        Instant visibleFrom = article.getPublishedAt().isAfter(now) ? article.getPublishedAt() : now;
        article.setRevision(number);
        article.setUpdatedAt(visibleFrom);
        article.setPendingRevision(null);
        save(article, number, new RevisionService.Change(RevisionKind.PUBLISHED, editor.keyName(),
                publishedDraftNote(pending), false, now, visibleFrom, mapper.snapshot(article)));
        return versioned(article, now);
    }

    /** Content changes go to a pending draft on a published article, and on one that kept its draft. */
    private static boolean holdsDrafts(Article article) {
        return article.getStatus() == ArticleStatus.PUBLISHED || article.getPendingRevision() != null;
    }

    private static String publishedDraftNote(int pending) {
        return "Published draft revision " + pending;
    }

    private static ArticleSnapshot content(ArticleUpdateRequest request) {
        return new ArticleSnapshot(request.slug(), request.headline(), request.standfirst(), request.language(),
                request.sectionId(), request.leadMediaId(), request.authorIds(), request.tagIds(), request.body());
    }

    /** A detached, never-persisted copy of the article holding other content: for drafts and their previews. */
    private Article workingCopy(Article live, ArticleSnapshot content, boolean checkSlug) {
        Article copy = new Article();
        copy.setId(live.getId());
        copy.setStatus(live.getStatus());
        copy.setCreatedAt(live.getCreatedAt());
        copy.setPublishedAt(live.getPublishedAt());
        copy.setFirstPublishedAt(live.getFirstPublishedAt());
        copy.setUpdatedAt(live.getUpdatedAt());
        copy.setExpiresAt(live.getExpiresAt());
        copy.setRevision(live.getRevision());
        if (checkSlug) {
            apply(copy, content);
        } else {
            fill(copy, content);
        }
        return copy;
    }

    private Versioned<EditorialArticle> edit(Article article, ArticleUpdateRequest request, Editor editor,
                                             RevisionKind kind, String note) {
        boolean published = article.getStatus() == ArticleStatus.PUBLISHED;
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
        apply(article, content(request));
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

    /** Checks the slug is free and fills the article with the content (references resolved, HTML sanitized). */
    private void apply(Article article, ArticleSnapshot content) {
        ArticleReferences.Resolved refs = references.resolve(content);
        String slug = content.slug();
        EditorialProblems.requireFreeSlug(articles.findBySlug(slug), Article::getId, article.getId(), "article", slug);
        fill(article, refs, content);
    }

    private void fill(Article article, ArticleSnapshot content) {
        fill(article, references.resolve(content), content);
    }

    private void fill(Article article, ArticleReferences.Resolved refs, ArticleSnapshot content) {
        article.setSlug(content.slug());
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
        return new Versioned<>(mapper.toEditorial(article, now, pendingDraft(article)), article.getVersion());
    }

    private PendingDraft pendingDraft(Article article) {
        if (article.getPendingRevision() == null) {
            return null;
        }
        RevisionDetail saved = revisions.detail(article.getId(), article.getPendingRevision());
        return new PendingDraft(saved.revision().number(), saved.revision().createdAt(), saved.revision().keyName(),
                saved.revision().note(), saved.content());
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
