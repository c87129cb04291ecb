package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleAlternate;
import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.article.revision.RevisionKind;
import dev.newsdesk.author.Author;
import dev.newsdesk.change.ChangeRecorder;
import dev.newsdesk.change.Fingerprints;
import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.ItemState;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.media.RightsStatus;
import dev.newsdesk.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Tells the change log how readers see an article after a write: visible or not (and why not), what feed filters
 * match on, a digest per field readers see, and the surrogate keys of the pages that list it.
 */
@ApplicationScoped
public class ArticleChanges {

    private final ChangeRecorder recorder;
    private final ArticleEditorialMapper mapper;
    private final MediaAssetRepository media;
    private final ArticleRepository articles;
    private final TranslationGroups translations;
    private final EditionService editions;
    private final ArticleDocuments documents;

    ArticleChanges(ChangeRecorder recorder, ArticleEditorialMapper mapper, MediaAssetRepository media,
                   ArticleRepository articles, TranslationGroups translations, EditionService editions,
                   ArticleDocuments documents) {
        this.recorder = recorder;
        this.documents = documents;
        this.mapper = mapper;
        this.media = media;
        this.articles = articles;
        this.translations = translations;
        this.editions = editions;
    }

    /** After an editorial write: the revision kind names the change readers see, if they see one. */
    void written(Article article, RevisionKind kind, Instant now) {
        documents.changed(article.getId());
        recorder.stage(state(article, now), switch (kind) {
            case CREATED -> Reasons.CREATED;
            case PUBLISHED -> Reasons.PUBLISHED;
            case CORRECTION -> Reasons.CORRECTED;
            default -> Reasons.EDITED;
        });
        groupMayHaveChanged(article, now);
    }

    /**
     * The other articles of the group show this one among their alternates (and a translation shows whether its
     * source changed since): each is staged, and recorded only where what readers see of it changed.
     */
    private void groupMayHaveChanged(Article article, Instant now) {
        if (article.getTranslationGroup() == null && !articles.hasTranslations(article.getId())) {
            return; // a group of one: nothing else shows it
        }
        for (Article member : articles.findGroup(article.groupId())) {
            if (!member.getId().equals(article.getId())) {
                documents.changed(member.getId()); // its alternates (and stale flag) are in its stored bytes
                recorder.stage(state(member, now), Reasons.TRANSLATIONS_CHANGED, null, false);
            }
        }
    }

    /**
     * A translation was marked in step with its source: its stale flag (in its stored bytes, and shown to readers)
     * may have changed, recorded like the other changes of a group.
     */
    void translationSynced(Article translation, Instant now) {
        documents.changed(translation.getId());
        recorder.stage(state(translation, now), Reasons.TRANSLATIONS_CHANGED, null, false);
    }

    /** Something the article shows changed without the article changing (a reference, its related stories). */
    void dependencyChanged(Article article, String reason, Instant now) {
        documents.changed(article.getId());
        recorder.stage(state(article, now), reason, null, true);
    }

    /** A scheduled time came: publication or expiry, observed at {@code at}. */
    void timeCame(Article article, Instant at, Instant now) {
        documents.changed(article.getId());
        recorder.stage(state(article, now), Reasons.SCHEDULED_PUBLICATION, at, false);
        groupMayHaveChanged(article, now);
    }

    /**
     * The usage rights of media the article shows started or ended at {@code at}: readers see it with or without
     * them, with no write. Recorded when {@code mediaRights} differs from what the log last recorded, so once.
     */
    void mediaRightsCame(Article article, Instant at, Instant now) {
        documents.changed(article.getId());
        recorder.stage(state(article, now), Reasons.REFERENCE_CHANGED, at, false);
    }

    /** The article as readers see it now, in the change log's terms (the feed's initial sync uses it too). */
    public ItemState state(Article article, Instant now) {
        boolean visible = ArticleAvailability.isVisible(article, now);
        ArticleSnapshot snapshot = mapper.snapshot(article);
        Map<String, String> fingerprint = new LinkedHashMap<>(Fingerprints.ofRecord(snapshot));
        fingerprint.put("publishedAt", Fingerprints.of(article.getPublishedAt()));
        fingerprint.put("expiresAt", Fingerprints.of(article.getExpiresAt()));
        fingerprint.put("mediaRights", mediaRights(article, snapshot, now));
        fingerprint.put("translations", translationsShown(article, now));
        Set<String> keys = new LinkedHashSet<>();
        keys.add("section:" + article.getSection().getId());
        article.getAuthors().stream().map(Author::getId).forEach(id -> keys.add("author:" + id));
        article.getTags().stream().map(Tag::getId).forEach(id -> keys.add("tag:" + id));
        ItemAttributes attributes = new ItemAttributes(article.getSection().getId(), article.getSection().getSlug(),
                article.getLanguage(), article.getTags().stream().map(Tag::getId).toList());
        return new ItemState("article", article.getId().toString(), visible, visible ? null : absentReason(article, now),
                ArticleAvailability.wasServed(article, now), attributes, fingerprint, keys);
    }

    /**
     * Which of the media the article shows (lead, social image, body embeds, and their posters) are in their rights
     * window now: what readers see of them changes at a rights boundary, with no write (media/RightsStatus).
     */
    private String mediaRights(Article article, ArticleSnapshot snapshot, Instant now) {
        Set<UUID> ids = new TreeSet<>();
        if (snapshot.leadMediaId() != null) {
            ids.add(snapshot.leadMediaId());
        }
        if (snapshot.seo() != null && snapshot.seo().socialImageId() != null) {
            ids.add(snapshot.seo().socialImageId());
        }
        if (snapshot.body() != null) {
            snapshot.body().stream().filter(BodyBlock.Embed.class::isInstance)
                    .map(block -> ((BodyBlock.Embed) block).mediaId()).forEach(ids::add);
        }
        StringBuilder shown = new StringBuilder();
        for (UUID id : ids) {
            MediaAsset asset = media.findById(id); // by primary key: no flush in the middle of the write
            if (asset != null) {
                shown.append(id).append('=').append(RightsStatus.of(asset, now).wireName());
                if (asset.getPoster() != null) {
                    shown.append('/').append(RightsStatus.of(asset.getPoster(), now).wireName());
                }
                shown.append(' ');
            }
        }
        return Fingerprints.of(shown);
    }

    /**
     * What the article shows of its group: the other published members (language, id, path), x-default, and
     * whether readers are told it is stale. The article's own entry is left out: its own fields already tell.
     */
    private String translationsShown(Article article, Instant now) {
        StringBuilder shown = new StringBuilder();
        for (ArticleAlternate alternate : translations.alternates(article, editions.current(), now)) {
            if (!alternate.id().equals(article.getId())) {
                shown.append(alternate.language()).append(' ').append(alternate.id()).append(' ')
                        .append(alternate.path()).append('\n');
            }
        }
        shown.append(translations.translation(article, true, now).stale());
        return Fingerprints.of(shown);
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
