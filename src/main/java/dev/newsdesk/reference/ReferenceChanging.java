package dev.newsdesk.reference;

import java.util.UUID;

/**
 * Fired synchronously, inside the changing transaction, after the If-Match check and before the change is applied.
 * The article feature refuses it (403) when an editor, not a publisher, would change what readers of a published
 * article see; the reference features never need to know who shows them.
 *
 * @param slug the reference's slug before the change; null for a kind without slugs (media)
 */
public record ReferenceChanging(ReferenceKind kind, UUID id, String slug) {
}
