package dev.newsdesk.reference;

import dev.newsdesk.change.ChangeRecorder;
import dev.newsdesk.change.Fingerprints;
import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.ItemState;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.slug.SlugChanges;
import dev.newsdesk.slug.SlugKind;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The editing steps sections, authors, tags and media share: find by id (404), the If-Match check (412), a free
 * slug (409), the change and delete guards ({@link ReferenceChanging}, {@link ReferenceDeleting}), a flush that turns a lost race into a 412, and the
 * answer with the version its ETag names. Each kind brings what differs as an {@link EditableReference}.
 */
@ApplicationScoped
public class ReferenceEditing {

    private final Event<ReferenceChanging> changing;
    private final Event<ReferenceDeleting> deleting;
    private final Event<ReferenceChanged> changed;
    private final SlugChanges slugChanges;
    private final ChangeRecorder changes;
    private final Clock clock;

    public ReferenceEditing(Event<ReferenceChanging> changing, Event<ReferenceDeleting> deleting,
                            Event<ReferenceChanged> changed, SlugChanges slugChanges, ChangeRecorder changes,
                            Clock clock) {
        this.changing = changing;
        this.deleting = deleting;
        this.changed = changed;
        this.slugChanges = slugChanges;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public <E extends ReferenceEntity, Q, R> Versioned<R> create(EditableReference<E, Q, R> type, Q request) {
        E entity = type.newEntity();
        entity.setId(UUID.randomUUID());
        entity.setCreatedAt(clock.instant());
        fill(type, entity, request);
        type.repository().persist(entity);
        Versioned<R> saved = saved(type, entity);
        changes.stage(state(type.kind(), entity.getId(), saved.body()), Reasons.CREATED);
        return saved;
    }

    @Transactional
    public <E extends ReferenceEntity, Q, R> Versioned<R> update(EditableReference<E, Q, R> type, UUID id,
                                                                  EntityTags.ExpectedVersion expected, Q request) {
        E entity = find(type, id, expected);
        changing.fire(new ReferenceChanging(type.kind(), id, type.slugOf(entity)));
        fill(type, entity, request);
        Versioned<R> saved = saved(type, entity);
        changes.stage(state(type.kind(), id, saved.body()), Reasons.EDITED);
        changed.fire(new ReferenceChanged(type.kind(), id));
        return saved;
    }

    /** Asks the features that use references first: a reference still in use stays (409). */
    @Transactional
    public <E extends ReferenceEntity> void delete(EditableReference<E, ?, ?> type, UUID id,
                                                   EntityTags.ExpectedVersion expected) {
        E entity = find(type, id, expected);
        deleting.fire(new ReferenceDeleting(type.kind(), id, type.slugOf(entity)));
        type.checkDeletable(entity);
        SlugKind slugKind = slugKind(type.kind());
        if (slugKind != null) {
            slugChanges.deleted(slugKind, id, type.slugOf(entity));
        }
        type.repository().delete(entity);
        EntityTags.flushOrStale(type.repository()::flush);
        changes.stage(ItemState.deleted(type.kind().noun(), id.toString()), Reasons.DELETED);
    }

    /**
     * The reference as readers see it, from its editorial response; filters find a section or a tag by its own id.
     * The transition job builds a media asset's state this way too when its rights window starts or ends.
     */
    public static ItemState state(ReferenceKind kind, UUID id, Object response) {
        ItemAttributes attributes = switch (kind) {
            case SECTION -> new ItemAttributes(id, null, null, List.of());
            case TAG -> new ItemAttributes(null, null, null, List.of(id));
            default -> ItemAttributes.NONE;
        };
        return ItemState.present(kind.noun(), id.toString(), attributes, Fingerprints.ofRecord((Record) response),
                Set.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends ReferenceEntity, R> Versioned<R> get(EditableReference<E, ?, R> type, UUID id) {
        E entity = find(type, id);
        return new Versioned<>(type.toResponse(entity), entity.getVersion());
    }

    private <E extends ReferenceEntity, Q> void fill(EditableReference<E, Q, ?> type, E entity, Q request) {
        String slug = type.slug(request);
        if (slug != null) {
            EditorialProblems.requireFreeSlug(type.repository().find("slug", slug).firstResultOptional(),
                    ReferenceEntity::getId, entity.getId(), type.kind().noun(), slug);
        }
        String before = type.slugOf(entity);
        type.apply(entity, request);
        entity.setUpdatedAt(clock.instant());
        SlugKind slugKind = slugKind(type.kind());
        if (slugKind != null && before != null && !before.equals(slug)) {
            // The old slug keeps leading here (a section's old path, an author's old page), in this transaction.
            slugChanges.renamed(slugKind, entity.getId(), before, slug);
        }
    }

    /** The kinds whose slugs are part of site paths; media assets have none. */
    private static SlugKind slugKind(ReferenceKind kind) {
        return switch (kind) {
            case SECTION -> SlugKind.SECTION;
            case AUTHOR -> SlugKind.AUTHOR;
            case TAG -> SlugKind.TAG;
            case MEDIA -> null;
        };
    }

    private <E extends ReferenceEntity, R> Versioned<R> saved(EditableReference<E, ?, R> type, E entity) {
        EntityTags.flushOrStale(type.repository()::flush);
        return new Versioned<>(type.toResponse(entity), entity.getVersion());
    }

    private <E extends ReferenceEntity> E find(EditableReference<E, ?, ?> type, UUID id,
                                               EntityTags.ExpectedVersion expected) {
        E entity = find(type, id);
        expected.check(entity.getVersion());
        return entity;
    }

    private <E extends ReferenceEntity> E find(EditableReference<E, ?, ?> type, UUID id) {
        return type.repository().findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(type.kind().noun(), id.toString()));
    }
}
