package dev.newsdesk.article.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleList", description = "A short, unpaged list of article summaries.")
public record ArticleList(List<ArticleSummary> data) {
}
