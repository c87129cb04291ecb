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
 * The publishing workflow: publish now or on schedule, unpublish, delete. Schedules are stored, not run: readers'
 * requests decide whether a scheduled article is live yet, so every instance agrees without a job.
 */
@ApplicationScoped
public class ArticleWorkflowService {

    private final EditableArticles editable;
    private final PendingDraftService pendingDrafts;
    private final LeadMediaRights leadMediaRights;

    ArticleWorkflowService(EditableArticles editable, PendingDraftService pendingDrafts,
                           LeadMediaRights leadMediaRights) {
        this.editable = editable;
        this.pendingDrafts = pendingDrafts;
        this.leadMediaRights = leadMediaRights;
    }

    /**
     * Publishes a draft or unpublished article (with its pending draft applied, if it has one), now or on schedule.
     * On a published article this publishes its pending draft, and only that.
     */
    @Transactional
    public Versioned<EditorialArticle> publish(UUID id, EntityTags.ExpectedVersion expected,
                                              ArticlePublishRequest request, Editor editor) {
        Article article = editable.findForChange(id, expected);
        Integer pending = article.getPendingRevision();
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            if (pending == null) {
                throw conflict("The article is already published; unpublish it first to change its schedule");
            }
            return pendingDrafts.publish(article, request, editor);
        }
        Instant now = editable.now();
        Instant publishAt = request == null || request.publishAt() == null ? now : request.publishAt().toInstant();
        Instant expiresAt = request == null || request.expiresAt() == null ? null : request.expiresAt().toInstant();
        if (publishAt.isBefore(now)) {
            throw EditorialProblems.unprocessable("/publishAt", "must not be in the past; leave it out to publish now");
        }
        if (expiresAt != null && !expiresAt.isAfter(publishAt)) {
            throw EditorialProblems.unprocessable("/expiresAt", "must be later than the publication time");
        }
        ArticleSnapshot draft = pending == null ? null : editable.revisionContent(article, pending);
        int number = editable.nextRevision(article);
        if (draft != null) {
            editable.apply(article, draft);
            article.setPendingRevision(null);
        }
        // After the draft is applied: its lead image is the one readers would get. The transaction rolls back.
        leadMediaRights.requireActive(article, publishAt);
        article.setStatus(ArticleStatus.PUBLISHED);
        article.setPublishedAt(publishAt);
        article.setExpiresAt(expiresAt);
        if (article.getFirstPublishedAt() == null) {
            article.setFirstPublishedAt(publishAt);
        }
        article.setUpdatedAt(publishAt);
        article.setRevision(number);
        ArticleSnapshot content = editable.snapshot(article);
        editable.save(article, number, pending == null
                ? RevisionChange.published(editor, now, publishAt, content)
                : RevisionChange.draftPublished(editor, now, publishAt, pending, content));
        return editable.versioned(article, now);
    }

    @Transactional
    public Versioned<EditorialArticle> unpublish(UUID id, EntityTags.ExpectedVersion expected, String note,
                                                Editor editor) {
        Article article = editable.findForChange(id, expected);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw conflict("Only a published or scheduled article can be unpublished");
        }
        Instant now = editable.now();
        int number = editable.nextRevision(article);
        if (article.getFirstPublishedAt().isAfter(now)) {
            // Its first publication never happened: readers should get 404 as for any draft, not 410.
            article.setFirstPublishedAt(null);
        }
        article.setStatus(ArticleStatus.UNPUBLISHED);
        editable.save(article, number, RevisionChange.unpublished(editor, now, note, editable.snapshot(article)));
        return editable.versioned(article, now);
    }

    /** Leaves a tombstone: the id and slug stay taken, and readers who saw the article get 410 Gone. */
    @Transactional
    public void delete(UUID id, EntityTags.ExpectedVersion expected, Editor editor) {
        Article article = editable.findForChange(id, expected);
        Instant now = editable.now();
        int number = editable.nextRevision(article);
        article.setStatus(ArticleStatus.DELETED);
        article.setPendingRevision(null);
        editable.save(article, number, RevisionChange.deleted(editor, now, editable.snapshot(article)));
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(ProblemCode.CONFLICT, detail);
    }
}
