package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.PendingDraft;
import dev.newsdesk.article.revision.RevisionChange;
import dev.newsdesk.article.revision.RevisionService;
import dev.newsdesk.article.revision.api.RevisionDetail;
import dev.newsdesk.slug.SlugChanges;
import dev.newsdesk.slug.SlugKind;
import dev.newsdesk.text.RichText;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What every editorial change of an article shares: loading it for the change (the version the editor saw, no
 * change to a tombstone), filling it with content (references resolved, slug checked, HTML sanitized), saving it
 * with its revision, and answering it with its ETag. The services that use it own the transactions.
 * <p>
 * Callers take the next revision number before they change the article: a query flushes pending changes, and the
 * version check of that flush must happen in {@link #save}, where a lost race becomes a 412.
 */
@ApplicationScoped
class EditableArticles {

    private static final Logger LOG = Logger.getLogger(EditableArticles.class);

    private final ArticleRepository articles;
    private final ArticleReferences references;
    private final ArticleBodyCodec bodyCodec;
    private final ArticleEditorialMapper mapper;
    private final RevisionService revisions;
    private final SlugChanges slugChanges;
    private final ArticleChanges changes;
    private final Clock clock;

    EditableArticles(ArticleRepository articles, ArticleReferences references, ArticleBodyCodec bodyCodec,
                     ArticleEditorialMapper mapper, RevisionService revisions, SlugChanges slugChanges,
                     ArticleChanges changes, Clock clock) {
        this.articles = articles;
        this.references = references;
        this.bodyCodec = bodyCodec;
        this.mapper = mapper;
        this.revisions = revisions;
        this.slugChanges = slugChanges;
        this.changes = changes;
        this.clock = clock;
    }

    Article find(UUID id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("article", id.toString()));
    }

    /** The article, if it is still the version the editor saw (412 otherwise) and not deleted (409). */
    Article findForChange(UUID id, EntityTags.ExpectedVersion expected) {
        Article article = find(id);
        expected.check(article.getVersion());
        if (article.getStatus() == ArticleStatus.DELETED) {
            throw new ProblemException(ProblemCode.CONFLICT, "The article was deleted; it can no longer change");
        }
        return article;
    }

    /** A new article, persisted so it can take its first revision. */
    void persist(Article article) {
        articles.persist(article);
        articles.flush();
    }

    /**
     * Checks the slug is free and fills the article with the content (references resolved, HTML sanitized). A new
     * slug keeps the old one leading here, in this transaction; working copies start without a slug, so a draft's
     * slug changes nothing until it goes live.
     */
    void apply(Article article, ArticleSnapshot content) {
        ArticleReferences.Resolved refs = references.resolve(content);
        String slug = content.slug();
        EditorialProblems.requireFreeSlug(articles.findBySlug(slug), Article::getId, article.getId(), "article", slug);
        String before = article.getSlug();
        fill(article, refs, content);
        if (before != null && !before.equals(slug)) {
            slugChanges.renamed(SlugKind.ARTICLE, article.getId(), before, slug);
        }
    }

    /**
     * A detached, never-persisted copy of the article holding other content: for drafts (their slug checked as if
     * they went live now) and their previews (as saved).
     */
    Article workingCopy(Article live, ArticleSnapshot content, boolean checkSlug) {
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
            fill(copy, references.resolve(content), content);
        }
        return copy;
    }

    ArticleSnapshot snapshot(Article article) {
        return mapper.snapshot(article);
    }

    /** The content a revision of this article saved. */
    ArticleSnapshot revisionContent(Article article, int number) {
        return revisions.content(article.getId(), number);
    }

    int nextRevision(Article article) {
        return revisions.nextNumber(article.getId());
    }

    /**
     * Writes the article first: its version check decides between concurrent writers before any revision exists.
     * Every editorial write of an article passes here, so here it is staged for the change log.
     */
    void save(Article article, int number, RevisionChange change) {
        try {
            EntityTags.flushOrStale(articles::flush);
        } catch (ProblemException e) {
            LOG.debugf("Article %s: a concurrent change won; answering 412", article.getId());
            throw e;
        }
        revisions.record(article.getId(), number, change);
        // The change log compares what readers see now with what it last recorded: a draft saved changes nothing.
        changes.written(article, change.kind(), now());
    }

    /** A write that changed no content (no revision): staged for the change log all the same. */
    void translationSynced(Article translation, Instant now) {
        changes.translationSynced(translation, now);
    }

    /** The article as editors get it, with its pending draft and the version its ETag names. */
    Versioned<EditorialArticle> versioned(Article article, Instant now) {
        return new Versioned<>(mapper.toEditorial(article, now, pendingDraft(article)), article.getVersion());
    }

    /** Both databases keep microseconds: answer with the instant as it will read back. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private PendingDraft pendingDraft(Article article) {
        if (article.getPendingRevision() == null) {
            return null;
        }
        RevisionDetail saved = revisions.detail(article.getId(), article.getPendingRevision());
        return new PendingDraft(saved.revision().number(), saved.revision().createdAt(), saved.revision().keyName(),
                saved.revision().note(), saved.content());
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
        article.editSeo().apply(content.seo(), refs.socialImage());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
