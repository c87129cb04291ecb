package dev.newsdesk.article;

import java.util.List;
import java.util.UUID;

/**
 * Fired inside the transaction of a publication that readers see at once (a first publication, a republication or
 * a pending draft going live), so observers can act after the commit (TransactionPhase.AFTER_SUCCESS): the
 * syndication feature tells a WebSub hub which feeds changed. A scheduled publication fires nothing: schedules are
 * not run by a job, so nothing happens at the moment they go live.
 *
 * @param sectionSlugs the article's section and its parent, if any: every section feed it appears in
 */
public record ArticlePublished(UUID id, List<String> sectionSlugs, List<String> tagSlugs, List<String> authorSlugs) {
}
