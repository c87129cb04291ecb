package dev.newsdesk.article.revision.api;

import dev.newsdesk.article.api.ArticleSnapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionDetail", description = "One revision with the full content it saved.")
public record RevisionDetail(EditorialRevision revision, ArticleSnapshot content) {
}
