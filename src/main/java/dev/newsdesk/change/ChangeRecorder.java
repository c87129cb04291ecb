package dev.newsdesk.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * Records changes in the transaction of the write. Features {@link #stage} the state of each item they wrote; just
 * before the transaction commits (a step of the session's before-completion, after its last flush, so it is the
 * last step of every writing transaction, whatever service opened it) the staged states are compared with what the
 * log last recorded, and the differences are written with seq numbers taken under the counter row's lock. The lock is held until commit, so seq order is
 * commit order. A transaction that rolls back records nothing.
 */
@ApplicationScoped
public class ChangeRecorder {

    private static final Object STAGED = new Object();
    private static final TypeReference<Map<String, String>> FINGERPRINT = new TypeReference<>() {
    };

    private final TransactionSynchronizationRegistry registry;
    private final ChangeRepository repository;
    private final ObjectMapper json;
    private final Clock clock;
    private final Timer transitionDelay;

    public ChangeRecorder(TransactionSynchronizationRegistry registry,
                          ChangeRepository repository, ObjectMapper json, Clock clock, MeterRegistry meters) {
        this.registry = registry;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.transitionDelay = Timer.builder("newsdesk.changes.transition.delay")
                .description("How late a scheduled publication or expiry reached the change log after its time")
                .register(meters);
    }

    /** A staged change: the item's state at the end of the write and why it changed. */
    private record Staged(ItemState state, String reason, Instant occurredAt, boolean force) {
    }

    /**
     * Stages the item's state as it stands after this write; the last state staged for an item in a transaction
     * wins. Must run inside a transaction.
     *
     * @param reason the upsert reason if readers see the item afterwards ({@link Reasons})
     */
    public void stage(ItemState state, String reason) {
        stage(state, reason, null, false);
    }

    /**
     * @param occurredAt when readers could first observe it, if not now (a scheduled time that came)
     * @param force record an upsert even when no field readers see changed (a referenced item changed instead)
     */
    public void stage(ItemState state, String reason, Instant occurredAt, boolean force) {
        if (!Arc.container().requestContext().isActive()) {
            // No request context (start-up work): the session is transaction-scoped and already closed when the
            // transaction completes, so record now. The counter lock is then held from here to the commit: seq
            // order is still commit order, the lock is only held longer.
            record(List.of(new Staged(state, reason, occurredAt, force)));
            return;
        }
        Map<String, Staged> staged = staged();
        String key = state.type() + ":" + state.id();
        Staged previous = staged.get(key);
        boolean forced = force || (previous != null && previous.force());
        staged.put(key, new Staged(state, reason, occurredAt, forced));
    }

    /**
     * Takes the counter lock now, for a job that reads what it will stage (the transition job): reads after the
     * lock see every write recorded before, and every write recorded after compares with what this one records.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public void serializeWithWriters() {
        repository.lockCounter();
    }

    /**
     * Whether readers saw each item as the log last recorded it (absent: no state recorded yet). Read under the
     * counter lock ({@link #serializeWithWriters}), it tells a job which items a time-based change can concern, so
     * the job builds and compares the state of those only, and holds the lock that every commit waits for briefly.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public Map<String, Boolean> recordedVisibility(String type, java.util.Collection<String> ids) {
        return repository.recordedVisibility(type, ids);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Staged> staged() {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("changes are staged inside the writing transaction");
        }

        Map<String, Staged> staged = (Map<String, Staged>) registry.getResource(STAGED);
        if (staged == null) {
            staged = new LinkedHashMap<>();
            registry.putResource(STAGED, staged);
            Map<String, Staged> pending = staged;
            // A step of Hibernate's own before-completion: it runs after the session's last flush and before the
            // session hands its connection back. A JTA synchronization of our own would run after that hand-back
            // (Hibernate registers its synchronization first), take the connection again and leave it open until
            // commit, which Agroal reports as "Closing open connection(s) prior to commit".
            repository.session().getActionQueue().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) session -> {
                        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                            record(pending.values());
                        }
                    });
        }
        return staged;
    }

    /** The last step of the transaction: compare, number, write. */
    private void record(java.util.Collection<Staged> staged) {
        // The write's own statements go first, so a failure there never waits on the counter lock.
        repository.flush();
        ChangeCounter counter = repository.lockCounter();
        Instant now = clock.instant();
        long seq = counter.getValue();
        List<Staged> ordered = new ArrayList<>(staged);
        ordered.sort(Comparator.comparing((Staged s) -> s.state().type()).thenComparing(s -> s.state().id()));
        for (Staged change : ordered) {
            ItemState state = change.state();
            ItemStateRow row = repository.state(state.type(), state.id()).orElse(null);
            ChangeEntry entry = compare(row, change, now);
            if (entry == null) {
                continue;
            }
            entry.setSeq(++seq);
            repository.persist(entry);
            if (change.occurredAt() != null) {
                transitionDelay.record(Duration.between(change.occurredAt(), now).abs());
            }
            boolean created = row == null;
            if (created) {
                row = new ItemStateRow();
                row.setKey(new ItemStateRow.Key(state.type(), state.id()));
            }
            row.setVisible(state.visible());
            // A tombstone keeps what readers last saw; a first row takes what the writer knows.
            if (state.visible() || created) {
                row.setAttributes(write(state.attributes()));
                row.setFingerprint(write(state.fingerprint()));
                row.setSurrogateKeys(String.join(" ", state.surrogateKeys()));
            }
            row.setLastSeq(seq);
            repository.saveState(row);
        }
        counter.setValue(seq);
        repository.flush();
    }

    /** The row to write, or null when readers can observe no difference. */
    private ChangeEntry compare(ItemStateRow row, Staged change, Instant now) {
        ItemState state = change.state();
        boolean wasVisible = row != null ? row.isVisible() : !state.visible() && state.seenBefore();
        if (!state.visible() && !wasVisible) {
            return null;
        }
        ChangeEntry entry = new ChangeEntry();
        entry.setItemType(state.type());
        entry.setItemId(state.id());
        entry.setOccurredAt(change.occurredAt() == null ? now : change.occurredAt());
        entry.setRecordedAt(now);
        entry.setAttributesBefore(row != null && wasVisible ? row.getAttributes() : null);
        Set<String> keys = new LinkedHashSet<>();
        if (!state.visible()) {
            entry.setKind(ChangeKind.TOMBSTONE.wireName());
            entry.setReason(state.absentReason());
            entry.setChanged("");
            keys.add(state.ownKey());
            keys.addAll(state.surrogateKeys());
            if (row != null) {
                keys.addAll(split(row.getSurrogateKeys()));
            } else {
                // No recorded state (content older than the log): the writer's attributes are the best known.
                entry.setAttributesBefore(write(state.attributes()));
            }
            entry.setSurrogateKeys(String.join(" ", keys));
            return entry;
        }
        Map<String, String> before = row != null && wasVisible ? read(row.getFingerprint()) : Map.of();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> field : new TreeMap<>(state.fingerprint()).entrySet()) {
            if (!field.getValue().equals(before.get(field.getKey()))) {
                changed.add(field.getKey());
            }
        }
        if (wasVisible && changed.isEmpty() && !change.force()) {
            return null;
        }
        String attributesAfter = write(state.attributes());
        keys.add(state.ownKey());
        // Lists and pages the item joins or leaves are stale too: every key of before and after.
        if (!wasVisible || row == null || !Objects.equals(row.getAttributes(), attributesAfter)
                || !String.join(" ", state.surrogateKeys()).equals(row.getSurrogateKeys())) {
            keys.addAll(state.surrogateKeys());
            if (wasVisible) {
                keys.addAll(split(row.getSurrogateKeys()));
            }
        }
        entry.setKind(ChangeKind.UPSERT.wireName());
        entry.setReason(change.reason());
        entry.setChanged(String.join(",", changed));
        entry.setSurrogateKeys(String.join(" ", keys));
        entry.setAttributesAfter(attributesAfter);
        return entry;
    }

    private static List<String> split(String keys) {
        return keys == null || keys.isBlank() ? List.of() : List.of(keys.split(" "));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write change attributes", e);
        }
    }

    private Map<String, String> read(String fingerprint) {
        try {
            return json.readValue(fingerprint, FINGERPRINT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable fingerprint in change_item_state", e);
        }
    }
}
