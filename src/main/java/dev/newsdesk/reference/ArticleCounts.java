package dev.newsdesk.reference;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many articles readers can see now, per author or tag, for the lists of authors and tags. The article feature
 * answers; the reference features only know this interface, so they never depend on articles.
 */
public interface ArticleCounts {

    /** Visible articles with each of these authors in the byline; an author without any is absent. */
    Map<UUID, Long> visibleByAuthor(Collection<UUID> authorIds);

    /** Visible articles carrying each of these tags; a tag without any is absent. */
    Map<UUID, Long> visibleByTag(Collection<UUID> tagIds);
}
