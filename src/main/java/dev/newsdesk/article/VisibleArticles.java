package dev.newsdesk.article;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Visible articles for features that choose articles by id (search hits, curated collections, related stories):
 * one query per page, and whatever is no longer visible is silently left out.
 */
@ApplicationScoped
public class VisibleArticles {

    private final ArticleRepository articles;

    public VisibleArticles(ArticleRepository articles) {
        this.articles = articles;
    }

    public Map<UUID, Article> findByIds(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.list("select a from Article a join fetch a.section s left join fetch a.leadMedia "
                        + "where a.id in :ids and " + ArticleRepository.VISIBLE,
                        Parameters.with("ids", ids).and("published", ArticleStatus.PUBLISHED).and("now", now))
                .stream().collect(Collectors.toMap(Article::getId, Function.identity()));
    }

    /** The visible ones among {@code ids}, in the given order. */
    public List<Article> inOrder(List<UUID> ids, Instant now) {
        Map<UUID, Article> found = findByIds(ids, now);
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
