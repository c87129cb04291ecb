package dev.newsdesk.slug;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps old slugs leading to their items. Called inside the transaction that renames or deletes the item, so the
 * history and the item never disagree. The rules keep every chain one hop long and free of loops: a row points at
 * the item itself; the slug an item takes (back) leaves the history; a slug given up replaces whatever row had it.
 */
@ApplicationScoped
public class SlugChanges {

    private final SlugHistoryRepository history;
    private final Clock clock;

    public SlugChanges(SlugHistoryRepository history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The item {@code target} went from {@code oldSlug} to {@code newSlug}; nothing happens when they are equal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renamed(SlugKind kind, UUID target, String oldSlug, String newSlug) {
        if (oldSlug == null || oldSlug.equals(newSlug)) {
            return;
        }
        history.forget(kind, newSlug);
        remember(kind, oldSlug, target);
    }

    /** The item was deleted: its slug, like its former ones, now names something gone (410). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(SlugKind kind, UUID target, String slug) {
        remember(kind, slug, target);
    }

    /** The item that last had this slug before giving it up, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> formerOwner(SlugKind kind, String slug) {
        return history.findFormer(kind, slug).map(SlugHistory::getTargetId);
    }

    private void remember(SlugKind kind, String slug, UUID target) {
        history.forget(kind, slug);
        history.persist(new SlugHistory(kind, slug, target, clock.instant()));
    }
}
