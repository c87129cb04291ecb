package dev.newsdesk.webhook;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY until the change log is merged: changes a test appends. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestChangeSource implements ChangeSource {

    private final List<Change> changes = new ArrayList<>();

    public synchronized Change append(String eventType, String itemType, String itemId, List<String> keys) {
        Change change = new Change(changes.size() + 1, eventType, itemType, itemId,
                Instant.parse("2026-12-01T00:00:00Z"), keys);
        changes.add(change);
        return change;
    }

    @Override
    public synchronized List<Change> after(long afterSeq, int limit) {
        return changes.stream().filter(c -> c.seq() > afterSeq).limit(limit).toList();
    }

    @Override
    public synchronized long headSeq() {
        return changes.size();
    }
}
