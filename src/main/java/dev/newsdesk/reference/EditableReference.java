package dev.newsdesk.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.UUID;

/**
 * What one kind of reference data adds to the editing steps all kinds share ({@link ReferenceEditing}): its entity
 * and repository, how a request fills the entity in (with the checks only this kind makes), and its answer.
 *
 * @param <E> the entity
 * @param <Q> the request that creates or replaces one
 * @param <R> the answer
 */
public interface EditableReference<E extends ReferenceEntity, Q, R> {

    ReferenceKind kind();

    PanacheRepositoryBase<E, UUID> repository();

    E newEntity();

    /** The slug the request asks for, which must be free; null for a kind without slugs. */
    default String slug(Q request) {
        return null;
    }

    /** The entity's slug, carried by {@link ReferenceDeleting}; null for a kind without slugs. */
    default String slugOf(E entity) {
        return null;
    }

    /** Copies the request onto the entity; throws the problem (422) of a rule only this kind has. */
    void apply(E entity, Q request);

    R toResponse(E entity);

    /** Refuses a delete for a reason of this kind's own (a section's subsections), once no article objected. */
    default void checkDeletable(E entity) {
    }
}
