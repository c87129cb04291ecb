package dev.newsdesk.webhook;

import java.time.Instant;
import java.util.List;

/** What the webhooks read from the change log: committed changes in commit (seq) order. */
public interface ChangeSource {

    /** Committed changes with a seq above {@code afterSeq}, lowest seq first, at most {@code limit}. */
    List<Change> after(long afterSeq, int limit);

    /** The seq of the latest committed change, 0 when there is none: where a new endpoint starts reading. */
    long headSeq();

    /**
     * One change as a webhook tells it.
     *
     * @param eventType     {@code <item type>.<what happened>}, e.g. {@code article.published}
     * @param surrogateKeys the Surrogate-Key values of the cached responses this change makes stale
     * @param language      an article's language (as it is now, or as readers last saw it for a tombstone); null
     *                      for other items
     */
    record Change(long seq, String eventType, String itemType, String itemId, Instant at, List<String> surrogateKeys,
                  String language) {

        public Change(long seq, String eventType, String itemType, String itemId, Instant at,
                      List<String> surrogateKeys) {
            this(seq, eventType, itemType, itemId, at, surrogateKeys, null);
        }
    }
}
