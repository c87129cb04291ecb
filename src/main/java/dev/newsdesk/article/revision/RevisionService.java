package dev.newsdesk.article.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.ArticleAvailability;
import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.article.revision.api.EditorialRevision;
import dev.newsdesk.article.revision.api.EditorialRevisionList;
import dev.newsdesk.article.revision.api.PublicRevision;
import dev.newsdesk.article.revision.api.PublicRevisionList;
import dev.newsdesk.article.revision.api.RevisionDetail;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The append-only history of every article: written by the editorial services, read by readers and editors. */
@ApplicationScoped
public class RevisionService {

    private final ArticleRevisionRepository revisions;
    private final ApiTime time;
    private final ObjectMapper json;
    private final ArticleAvailability availability;
    private final Clock clock;
    private final EditionService editions;

    public RevisionService(ArticleRevisionRepository revisions, ApiTime time, ObjectMapper json,
                           ArticleAvailability availability, Clock clock, EditionService editions) {
        this.editions = editions;
        this.revisions = revisions;
        this.time = time;
        this.json = json;
        this.availability = availability;
        this.clock = clock;
    }

    /** Reference data a pending draft uses must stay until the draft is published or discarded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usedByPendingDraft(UUID referenceId) {
        return revisions.pendingDraftMentions(referenceId);
    }

    /**
     * The number the next revision of this article will get. Callers update the article (and its optimistic-lock
     * version) before {@link #record}, so of two concurrent writers only one ever gets to insert this number.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextNumber(UUID articleId) {
        return revisions.lastNumber(articleId) + 1;
    }

    /** Appends a revision in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID articleId, int number, RevisionChange change) {
        revisions.persist(new ArticleRevision(articleId, number, change, write(change.content())));
    }

    /** The public history; 404 or 410 like the article itself when readers cannot see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicRevisionList seenByReaders(UUID articleId) {
        Instant now = clock.instant();
        // Correction notes are written in the article's own language.
        editions.servedIn(availability.requireVisible(articleId, now).getLanguage());
        return new PublicRevisionList(revisions.listSeenByReaders(articleId, now).stream()
                .map(r -> new PublicRevision(r.getNumber(), r.getKind(), time.format(r.getVisibleFrom()), r.isMinor(),
                        r.getKind() == RevisionKind.CORRECTION ? r.getNote() : null))
                .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorialRevisionList all(UUID articleId) {
        return new EditorialRevisionList(revisions.listByArticle(articleId).stream().map(this::toEditorial).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionDetail detail(UUID articleId, int number) {
        ArticleRevision revision = find(articleId, number);
        return new RevisionDetail(toEditorial(revision), read(revision.getSnapshot()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleSnapshot content(UUID articleId, int number) {
        return read(find(articleId, number).getSnapshot());
    }

    private ArticleRevision find(UUID articleId, int number) {
        return revisions.findByNumber(articleId, number)
                .orElseThrow(() -> ProblemException.notFound("revision", articleId + "/" + number));
    }

    private EditorialRevision toEditorial(ArticleRevision r) {
        return new EditorialRevision(r.getNumber(), r.getKind(), time.format(r.getCreatedAt()), r.getKeyName(),
                r.getNote(), r.isMinor(), time.format(r.getVisibleFrom()), r.isDraft());
    }

    private String write(ArticleSnapshot content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision snapshot could not be serialized", e);
        }
    }

    private ArticleSnapshot read(String snapshot) {
        try {
            return json.readValue(snapshot, ArticleSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored revision snapshot is not valid JSON", e);
        }
    }
}
