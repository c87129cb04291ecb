package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticlePublishRequest;
import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.revision.RevisionChange;
import dev.newsdesk.security.Editor;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The pending draft of a published article: content saved as a revision readers never see, which the article points
 * at until a publisher publishes it or someone discards it. While it exists, live edits are refused (409
 * PENDING_DRAFT), so neither version silently overwrites the other.
 */
@ApplicationScoped
public class PendingDraftService {

    private final EditableArticles editable;
    private final LeadMediaRights leadMediaRights;

    PendingDraftService(EditableArticles editable, LeadMediaRights leadMediaRights) {
        this.editable = editable;
        this.leadMediaRights = leadMediaRights;
    }

    /** Content changes go to a pending draft on a published article, and on one that kept its draft. */
    static boolean holdsDrafts(Article article) {
        return article.getStatus() == ArticleStatus.PUBLISHED || article.getPendingRevision() != null;
    }

    /** Saves content as the pending draft: a new revision readers never see; the article's own content stays. */
    @Transactional
    Versioned<EditorialArticle> save(Article article, ArticleSnapshot content, Editor editor, String note) {
        Instant now = editable.now();
        int number = editable.nextRevision(article);
        // Validated and sanitized exactly as if it went live now, on a copy: the article itself must not change.
        ArticleSnapshot draft = editable.snapshot(editable.workingCopy(article, content, true));
        article.setPendingRevision(number);
        editable.save(article, number, RevisionChange.draftSaved(editor, now, note, draft));
        return editable.versioned(article, now);
    }

    /** Drops the pending draft; its revision stays in the history, and readers' content never changed. */
    @Transactional
    public Versioned<EditorialArticle> discard(UUID id, EntityTags.ExpectedVersion expected, Editor editor) {
        Article article = editable.findForChange(id, expected);
        Integer pending = article.getPendingRevision();
        if (pending == null) {
            throw new ProblemException(ProblemCode.NOT_FOUND, "Article '" + id + "' has no pending draft");
        }
        Instant now = editable.now();
        int number = editable.nextRevision(article);
        article.setPendingRevision(null);
        editable.save(article, number,
                RevisionChange.draftDiscarded(editor, now, pending, editable.snapshot(article)));
        return editable.versioned(article, now);
    }

    /** The pending draft of a published article goes live now (or when a scheduled article does). */
    @Transactional
    Versioned<EditorialArticle> publish(Article article, ArticlePublishRequest request, Editor editor) {
        if (request != null && request.publishAt() != null) {
            throw EditorialProblems.unprocessable("/publishAt", "a pending draft of a published article is "
                    + "published now; scheduling a replacement of live content is not supported");
        }
        if (request != null && request.expiresAt() != null) {
            throw EditorialProblems.unprocessable("/expiresAt", "publishing a pending draft keeps the article's "
                    + "expiry; unpublish and publish again to change it");
        }
        int pending = article.getPendingRevision();
        Instant now = editable.now();
        ArticleSnapshot draft = editable.revisionContent(article, pending);
        int number = editable.nextRevision(article);
        editable.apply(article, draft);
        // A scheduled article's new content reaches readers when it goes live, not before.
        Instant visibleFrom = article.getPublishedAt().isAfter(now) ? article.getPublishedAt() : now;
        leadMediaRights.requireActive(article, visibleFrom);
        article.setRevision(number);
        article.setUpdatedAt(visibleFrom);
        article.setPendingRevision(null);
        editable.save(article, number,
                RevisionChange.draftPublished(editor, now, visibleFrom, pending, editable.snapshot(article)));
        return editable.versioned(article, now);
    }
}
