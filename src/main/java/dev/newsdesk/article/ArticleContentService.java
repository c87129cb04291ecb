package dev.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.api.ArticleCreateRequest;
import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.ArticleUpdateRequest;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.TranslationCreateRequest;
import dev.newsdesk.article.api.TranslationSyncRequest;
import dev.newsdesk.article.revision.RevisionChange;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.security.Editor;
import dev.newsdesk.seo.api.SeoInput;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writing an article's content: create a draft, replace or patch its content, restore an old revision. On a
 * published article (or one holding a pending draft) a change saved with draft true, and every restore, goes to the
 * pending draft instead of to readers.
 */
@ApplicationScoped
public class ArticleContentService {

    private final EditableArticles editable;
    private final PendingDraftService pendingDrafts;
    private final ArticleMergePatch mergePatch;
    private final ArticleRepository articles;
    private final EditionService editions;

    ArticleContentService(EditableArticles editable, PendingDraftService pendingDrafts, ArticleMergePatch mergePatch,
                          ArticleRepository articles, EditionService editions) {
        this.articles = articles;
        this.editions = editions;
        this.editable = editable;
        this.pendingDrafts = pendingDrafts;
        this.mergePatch = mergePatch;
    }

    @Transactional
    public Versioned<EditorialArticle> create(ArticleCreateRequest request, Editor editor) {
        ArticleSnapshot content = new ArticleSnapshot(request.slug(), request.headline(), request.standfirst(),
                request.language(), request.sectionId(), request.leadMediaId(), request.authorIds(), request.tagIds(),
                request.body(), request.seo());
        Instant now = editable.now();
        return created(newDraft(content, now), editor, now);
    }

    /**
     * A translation of the article: a new draft in another edition of the same translation group, its content
     * copied from the source (the headline and standfirst given, if any), with its own slug, workflow, revisions and
     * timestamps. One article per edition in a group: a second one is a 409 naming the one there is.
     */
    @Transactional
    public Versioned<EditorialArticle> translate(UUID sourceId, TranslationCreateRequest request, Editor editor) {
        Article source = editable.find(sourceId);
        if (source.getStatus() == ArticleStatus.DELETED) {
            throw new ProblemException(ProblemCode.CONFLICT, "The article was deleted; it cannot be translated");
        }
        Editions current = editions.current();
        String edition = current.editionOf(request.language());
        if (edition == null) {
            throw EditorialProblems.unprocessable("/language", LanguageNegotiation.unsupported(current)
                    .replace(" (or * for every language)", ""));
        }
        for (Article member : articles.findGroup(source.groupId())) {
            if (member.getStatus() != ArticleStatus.DELETED && edition.equals(current.editionOf(member.getLanguage()))) {
                throw new ProblemException(ProblemCode.CONFLICT, "The translation group already has article '"
                        + member.getId() + "' in the edition " + edition,
                        List.of(Problem.FieldError.pointer("/language", "the group has an article in " + edition)));
            }
        }
        ArticleSnapshot base = editable.snapshot(source);
        SeoInput seo = base.seo() == null ? null
                : new SeoInput(null, null, base.seo().socialImageId(), base.seo().robots());
        ArticleSnapshot content = new ArticleSnapshot(request.slug(),
                request.headline() == null ? base.headline() : request.headline(),
                request.standfirst() == null ? base.standfirst() : request.standfirst(), request.language(),
                base.sectionId(), base.leadMediaId(), base.authorIds(), base.tagIds(), base.body(), seo);
        Instant now = editable.now();
        Article article = newDraft(content, now);
        article.setTranslationGroup(source.groupId());
        article.setTranslationSourceId(source.getId());
        article.setTranslationSyncedAt(now);
        return created(article, editor, now);
    }

    /**
     * Marks a translation reviewed against its source's revision {@code sourceRevision}: not stale until the source
     * changes again. 409 for an original, a deleted translation or source, or a source changed since that revision;
     * a published translation (whose readers see the flag) takes a publisher, as its other changes do.
     */
    @Transactional
    public Versioned<EditorialArticle> markInSync(UUID id, EntityTags.ExpectedVersion expected,
                                                  TranslationSyncRequest request, Editor editor) {
        Article translation = editable.findForChange(id, expected);
        if (translation.getTranslationSourceId() == null) {
            throw new ProblemException(ProblemCode.CONFLICT, "The article is an original, not a translation: it has "
                    + "no source to be in step with");
        }
        Article source = articles.findById(translation.getTranslationSourceId());
        if (source == null || source.getStatus() == ArticleStatus.DELETED) {
            throw new ProblemException(ProblemCode.CONFLICT, "The translation's source '"
                    + translation.getTranslationSourceId() + "' was deleted: there is nothing to be in step with");
        }
        int newest = editable.nextRevision(source) - 1;
        if (request.sourceRevision() > newest) {
            throw EditorialProblems.unprocessable("/sourceRevision", "the source has no revision "
                    + request.sourceRevision() + " (its newest is " + newest + ")");
        }
        if (request.sourceRevision() < newest) {
            throw new ProblemException(ProblemCode.CONFLICT, "The source changed after revision "
                    + request.sourceRevision() + " (its newest is " + newest + "): review the translation against it",
                    List.of(Problem.FieldError.pointer("/sourceRevision", "the source's newest revision is " + newest)));
        }
        if (translation.getStatus() == ArticleStatus.PUBLISHED && !editor.canPublish()) {
            throw new ProblemException(ProblemCode.FORBIDDEN, "Readers of a published translation see whether it is "
                    + "stale: marking it in sync needs a publisher key");
        }
        Instant now = editable.now();
        // A source edit scheduled to reach readers later has an updatedAt ahead: the review covered it already.
        Instant synced = source.getUpdatedAt().isAfter(now) ? source.getUpdatedAt() : now;
        translation.setTranslationSyncedAt(synced);
        EntityTags.flushOrStale(articles::flush);
        editable.translationSynced(translation, now);
        return editable.versioned(translation, now);
    }

    /** A new draft holding the content, not persisted yet. */
    private Article newDraft(ArticleSnapshot content, Instant now) {
        Article article = new Article();
        article.setId(UUID.randomUUID());
        editable.apply(article, content);
        article.setStatus(ArticleStatus.DRAFT);
        article.setCreatedAt(now);
        article.setUpdatedAt(now);
        article.setRevision(0);
        return article;
    }

    /** Stores a new draft with its first revision. */
    private Versioned<EditorialArticle> created(Article article, Editor editor, Instant now) {
        editable.persist(article);
        int first = editable.nextRevision(article);
        editable.save(article, first, RevisionChange.created(editor, now, editable.snapshot(article)));
        return editable.versioned(article, now);
    }

    @Transactional
    public Versioned<EditorialArticle> update(UUID id, EntityTags.ExpectedVersion expected,
                                             ArticleUpdateRequest request, Editor editor) {
        return change(editable.findForChange(id, expected), ArticleEdit.of(request), editor);
    }

    /**
     * RFC 7396: the patch is merged into the article's update document, which is then validated as a PUT body. With
     * draft true and a pending draft, the document is the pending draft's: the patch continues that draft.
     */
    @Transactional
    public Versioned<EditorialArticle> patch(UUID id, EntityTags.ExpectedVersion expected, JsonNode patch,
                                            Editor editor) {
        Article article = editable.findForChange(id, expected);
        ArticleSnapshot base = ArticleMergePatch.asksForDraft(patch) && article.getPendingRevision() != null
                ? editable.revisionContent(article, article.getPendingRevision()) : editable.snapshot(article);
        return change(article, ArticleEdit.of(mergePatch.apply(base, patch)), editor);
    }

    /**
     * Puts an old revision's content back as a new revision; the workflow state does not change. On a published
     * article (or one holding a pending draft) the content becomes the pending draft, so readers see it only once a
     * publisher publishes it.
     */
    @Transactional
    public Versioned<EditorialArticle> restore(UUID id, int number, EntityTags.ExpectedVersion expected,
                                              Editor editor) {
        Article article = editable.findForChange(id, expected);
        ArticleSnapshot old = editable.revisionContent(article, number);
        if (PendingDraftService.holdsDrafts(article)) {
            return pendingDrafts.save(article, old, editor, ArticleEdit.restoredNote(number));
        }
        return edit(article, ArticleEdit.restoring(number, old), editor);
    }

    /** A PUT or PATCH: into the pending draft, or straight into the article. */
    private Versioned<EditorialArticle> change(Article article, ArticleEdit change, Editor editor) {
        if (change.draft() && change.correction()) {
            throw EditorialProblems.unprocessable("/draft", "a correction is what readers see: it cannot be saved "
                    + "as a draft; publish the draft first, then correct the published article");
        }
        if (change.draft() && PendingDraftService.holdsDrafts(article)) {
            if (change.minor()) {
                throw EditorialProblems.unprocessable("/minor",
                        "applies to live edits; publishing a draft always moves updatedAt");
            }
            return pendingDrafts.save(article, change.content(), editor, change.note());
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED && !editor.canPublish()) {
            throw new ProblemException(ProblemCode.FORBIDDEN, "Changing a published article needs a publisher key; "
                    + "an editor may save a draft of it (draft: true)");
        }
        if (article.getPendingRevision() != null) {
            throw new ProblemException(ProblemCode.PENDING_DRAFT, "The article has a pending draft (revision "
                    + article.getPendingRevision() + "): publish or discard it first, or save this change into it "
                    + "with draft: true");
        }
        return edit(article, change, editor);
    }

    /** A live edit or correction: readers see it at once, or when a scheduled article goes live. */
    private Versioned<EditorialArticle> edit(Article article, ArticleEdit change, Editor editor) {
        boolean published = article.getStatus() == ArticleStatus.PUBLISHED;
        boolean noted = change.note() != null && !change.note().isBlank();
        if (change.correction() && !noted) {
            throw EditorialProblems.unprocessable("/note", "a correction needs a note saying what was corrected");
        }
        if (change.correction() && change.minor()) {
            throw EditorialProblems.unprocessable("/minor",
                    "a correction is never minor: readers must see that the article changed");
        }
        if (change.correction() && !published) {
            throw EditorialProblems.unprocessable("/correction",
                    "only a published article can be corrected; edit drafts normally");
        }
        Instant now = editable.now();
        int number = editable.nextRevision(article);
        editable.apply(article, change.content());
        Instant visibleFrom = null;
        if (published) {
            // A scheduled article's edits reach readers when it goes live, not before.
            visibleFrom = article.getPublishedAt().isAfter(now) ? article.getPublishedAt() : now;
            article.setRevision(number);
            if (!change.minor()) {
                article.setUpdatedAt(visibleFrom);
            }
        } else {
            article.setUpdatedAt(now);
        }
        if (article.getTranslationSourceId() != null && !change.minor()) {
            // A translator's edit brings the translation in step with its source (stale until then).
            article.setTranslationSyncedAt(now);
        }
        ArticleSnapshot content = editable.snapshot(article);
        RevisionChange revision = change.correction()
                ? RevisionChange.corrected(editor, now, change.note(), content)
                : RevisionChange.edited(editor, now, content).withNote(change.note()).withMinor(change.minor());
        editable.save(article, number, revision.seenFrom(visibleFrom));
        return editable.versioned(article, now);
    }
}
