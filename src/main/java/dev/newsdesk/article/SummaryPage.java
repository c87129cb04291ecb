package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.SearchMatch;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of summaries as read: the items, each hit's match when it is a search, and the next page's cursor. */
public record SummaryPage(List<ArticleSummary> items, Map<UUID, SearchMatch> matches, String nextCursor) {
}
