package dev.newsdesk.reference;

import java.util.UUID;

/**
 * Fired synchronously, inside the updating transaction, after a section, author, tag or media asset changed: the
 * articles that embed it changed for readers too, and the article feature tells the change log.
 */
public record ReferenceChanged(ReferenceKind kind, UUID id) {
}
