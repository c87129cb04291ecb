package dev.newsdesk.reference;

import java.util.UUID;

/**
 * Fired synchronously, inside the deleting transaction, after the If-Match check and before the row goes. A feature
 * that uses the reference (the article feature) vetoes the delete by throwing a problem, a 409; the reference
 * features never need to know who uses them.
 *
 * @param slug the reference's slug; null for a kind without slugs (media)
 */
public record ReferenceDeleting(ReferenceKind kind, UUID id, String slug) {
}
