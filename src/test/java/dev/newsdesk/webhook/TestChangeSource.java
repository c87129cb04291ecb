package dev.newsdesk.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes a drill appends itself, standing in for the change log where the drill is about delivery, not about
 * which write records what (WebhookOutboxTest drives the real change log). Enabled by {@link ScriptedChangesProfile}.
 */
@Alternative
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
