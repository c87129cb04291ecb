package dev.newsdesk.webhook;

import dev.newsdesk.change.ChangeLog;
import dev.newsdesk.change.ChangeRecord;
import dev.newsdesk.change.ItemAttributes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The change log as the webhooks' outbox. Event types are {@code <itemType>.<reason>} of each change
 * ({@code article.published}, {@code article.deleted}, {@code section.edited}, …).
 */
@ApplicationScoped
public class ChangeLogSource implements ChangeSource {

    private final ChangeLog log;

    public ChangeLogSource(ChangeLog log) {
        this.log = log;
    }

    @Override
    public List<Change> after(long afterSeq, int limit) {
        return log.after(afterSeq, limit).stream().map(ChangeLogSource::toChange).toList();
    }

    @Override
    public long headSeq() {
        return log.head();
    }

    private static Change toChange(ChangeRecord record) {
        ItemAttributes attributes = record.after() != null ? record.after() : record.before();
        String language = "article".equals(record.itemType()) && attributes != null ? attributes.language() : null;
        return new Change(record.seq(), record.itemType() + "." + record.reason(), record.itemType(), record.itemId(),
                record.occurredAt(), record.surrogateKeys(), language);
    }
}
