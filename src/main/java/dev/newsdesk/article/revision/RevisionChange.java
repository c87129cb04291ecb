package dev.newsdesk.article.revision;

import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.security.Editor;
import java.time.Instant;

/**
 * A change about to be recorded: what kind, who made it and when, when readers see it ({@code visibleFrom}, null if
 * they never do), and what the article holds afterwards. For a pending draft, {@code draft} is set and the content
 * is the draft's, not what readers see. Build one with the factory that names the change.
 */
public record RevisionChange(RevisionKind kind, String keyName, String note, boolean minor, Instant at,
                             Instant visibleFrom, ArticleSnapshot content, boolean draft) {

    public static RevisionChange created(Editor editor, Instant at, ArticleSnapshot content) {
        return of(RevisionKind.CREATED, editor, at, content);
    }

    /** An edit; one of a published article also names when readers see it ({@link #seenFrom}). */
    public static RevisionChange edited(Editor editor, Instant at, ArticleSnapshot content) {
        return of(RevisionKind.EDITED, editor, at, content);
    }

    /** A correction of published facts: always with its note, which readers see in the revision list. */
    public static RevisionChange corrected(Editor editor, Instant at, String note, ArticleSnapshot content) {
        return of(RevisionKind.CORRECTION, editor, at, content).withNote(note);
    }

    /** Publication (now or scheduled): readers see the content from {@code visibleFrom}. */
    public static RevisionChange published(Editor editor, Instant at, Instant visibleFrom, ArticleSnapshot content) {
        return of(RevisionKind.PUBLISHED, editor, at, content).seenFrom(visibleFrom);
    }

    /** Publication of the pending draft saved as revision {@code draftNumber}, noted as such in the history. */
    public static RevisionChange draftPublished(Editor editor, Instant at, Instant visibleFrom, int draftNumber,
                                                ArticleSnapshot content) {
        return published(editor, at, visibleFrom, content).withNote("Published draft revision " + draftNumber);
    }

    /** The note is the editor's reason, kept as sent. */
    public static RevisionChange unpublished(Editor editor, Instant at, String note, ArticleSnapshot content) {
        return new RevisionChange(RevisionKind.UNPUBLISHED, editor.keyName(), note, false, at, null, content, false);
    }

    public static RevisionChange deleted(Editor editor, Instant at, ArticleSnapshot content) {
        return of(RevisionKind.DELETED, editor, at, content);
    }

    /** Content saved as the pending draft: an edit readers never see, holding the draft's content. */
    public static RevisionChange draftSaved(Editor editor, Instant at, String note, ArticleSnapshot draft) {
        return new RevisionChange(RevisionKind.EDITED, editor.keyName(), null, false, at, null, draft, true)
                .withNote(note);
    }

    /** The pending draft saved as revision {@code draftNumber} was dropped; the content is the article's own. */
    public static RevisionChange draftDiscarded(Editor editor, Instant at, int draftNumber, ArticleSnapshot content) {
        return edited(editor, at, content).withNote("Discarded draft revision " + draftNumber);
    }

    /** The same change with this note; a blank note is no note. */
    public RevisionChange withNote(String note) {
        String kept = note == null || note.isBlank() ? null : note;
        return new RevisionChange(kind, keyName, kept, minor, at, visibleFrom, content, draft);
    }

    /** The same change marked minor (a typo fix that does not move readers' updatedAt), or not. */
    public RevisionChange withMinor(boolean minor) {
        return new RevisionChange(kind, keyName, note, minor, at, visibleFrom, content, draft);
    }

    /** The same change, seen by readers from this instant (null: never). */
    public RevisionChange seenFrom(Instant visibleFrom) {
        return new RevisionChange(kind, keyName, note, minor, at, visibleFrom, content, draft);
    }

    private static RevisionChange of(RevisionKind kind, Editor editor, Instant at, ArticleSnapshot content) {
        return new RevisionChange(kind, editor.keyName(), null, false, at, null, content, false);
    }
}
