package dev.newsdesk.article;

import dev.newsdesk.article.revision.RevisionKind;
import dev.newsdesk.author.Author;
import dev.newsdesk.change.ChangeRecorder;
import dev.newsdesk.change.Fingerprints;
import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.ItemState;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells the change log how readers see an article after a write: visible or not (and why not), what feed filters
 * match on, a digest per field readers see, and the surrogate keys of the pages that list it.
 */
@ApplicationScoped
public class ArticleChanges {

    private final ChangeRecorder recorder;
    private final ArticleEditorialMapper mapper;

    ArticleChanges(ChangeRecorder recorder, ArticleEditorialMapper mapper) {
        this.recorder = recorder;
        this.mapper = mapper;
    }

    /** After an editorial write: the revision kind names the change readers see, if they see one. */
    void written(Article article, RevisionKind kind, Instant now) {
        recorder.stage(state(article, now), switch (kind) {
            case CREATED -> Reasons.CREATED;
            case PUBLISHED -> Reasons.PUBLISHED;
            case CORRECTION -> Reasons.CORRECTED;
            default -> Reasons.EDITED;
        });
    }

    /** Something the article shows changed without the article changing (a reference, its related stories). */
    void dependencyChanged(Article article, String reason, Instant now) {
        recorder.stage(state(article, now), reason, null, true);
    }

    /** A scheduled time came: publication or expiry, observed at {@code at}. */
    void timeCame(Article article, Instant at, Instant now) {
        recorder.stage(state(article, now), Reasons.SCHEDULED_PUBLICATION, at, false);
    }

    /** The article as readers see it now, in the change log's terms (the feed's initial sync uses it too). */
    public ItemState state(Article article, Instant now) {
        boolean visible = ArticleAvailability.isVisible(article, now);
        Map<String, String> fingerprint = new LinkedHashMap<>(Fingerprints.ofRecord(mapper.snapshot(article)));
        fingerprint.put("publishedAt", Fingerprints.of(article.getPublishedAt()));
        fingerprint.put("expiresAt", Fingerprints.of(article.getExpiresAt()));
        Set<String> keys = new LinkedHashSet<>();
        keys.add("section:" + article.getSection().getId());
        article.getAuthors().stream().map(Author::getId).forEach(id -> keys.add("author:" + id));
        article.getTags().stream().map(Tag::getId).forEach(id -> keys.add("tag:" + id));
        ItemAttributes attributes = new ItemAttributes(article.getSection().getId(), article.getSection().getSlug(),
                article.getLanguage(), article.getTags().stream().map(Tag::getId).toList());
        return new ItemState("article", article.getId().toString(), visible, visible ? null : absentReason(article, now),
                ArticleAvailability.wasServed(article, now), attributes, fingerprint, keys);
    }

    private static String absentReason(Article article, Instant now) {
        if (article.getStatus() == ArticleStatus.DELETED) {
            return Reasons.DELETED;
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED && article.getExpiresAt() != null
                && !article.getExpiresAt().isAfter(now)) {
            return Reasons.EXPIRED;
        }
        return Reasons.UNPUBLISHED;
    }
}
