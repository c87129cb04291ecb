package dev.newsdesk.article;

import dev.newsdesk.reference.ArticleCounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The article counts the lists of authors and tags show: articles readers can see now. */
@ApplicationScoped
public class VisibleArticleCounts implements ArticleCounts {

    private final VisibleArticles visible;
    private final Clock clock;

    public VisibleArticleCounts(VisibleArticles visible, Clock clock) {
        this.visible = visible;
        this.clock = clock;
    }

    @Override
    public Map<UUID, Long> visibleByAuthor(Collection<UUID> authorIds) {
        return visible.countByAuthor(authorIds, clock.instant());
    }

    @Override
    public Map<UUID, Long> visibleByTag(Collection<UUID> tagIds) {
        return visible.countByTag(tagIds, clock.instant());
    }
}
