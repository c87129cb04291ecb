package dev.newsdesk.article;

public enum ArticleStatus {
    DRAFT, PUBLISHED, UNPUBLISHED, DELETED
}
