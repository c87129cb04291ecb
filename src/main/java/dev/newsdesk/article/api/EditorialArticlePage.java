package dev.newsdesk.article.api;

import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialArticlePage", description = "One page of the editorial article list with its cursor links.")
public record EditorialArticlePage(List<EditorialArticleSummary> data, PageMeta meta, PageLinks links) {
}
