package dev.newsdesk.article.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleUnpublishRequest", description = "Why the article is taken down; kept in its revision history.")
public record ArticleUnpublishRequest(
        @Schema(nullable = true, maxLength = 2000, example = "Legal review") @Size(max = 2000) @PlainText String note) {
}
