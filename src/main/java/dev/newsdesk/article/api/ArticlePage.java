package dev.newsdesk.article.api;

import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", description = "One page of article summaries with its cursor links.")
public record ArticlePage(List<ArticleSummary> data, PageMeta meta, PageLinks links) {
}
