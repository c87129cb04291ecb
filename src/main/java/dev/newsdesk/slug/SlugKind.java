package dev.newsdesk.slug;

/** What a slug names: each kind has its own slugs, so one slug may be in the history once per kind. */
public enum SlugKind {
    ARTICLE, SECTION, AUTHOR, TAG, COLLECTION
}
