package dev.newsdesk.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the change log: the one source other features (the feed, the stream, webhooks) read changes from. Only
 * committed rows are visible, and seq order is commit order, so reading after a seq never skips a change that
 * commits later.
 */
@ApplicationScoped
public class ChangeLog {

    private final ChangeRepository repository;
    private final ObjectMapper json;

    public ChangeLog(ChangeRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** Up to {@code limit} changes with a seq greater than {@code seq}, in seq order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRecord> after(long seq, int limit) {
        return repository.after(seq, limit).stream().map(this::toRecord).toList();
    }

    /** The highest committed seq (0 before the first change). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long head() {
        return repository.committedCounter()[0];
    }

    /** The highest seq removed by retention: reading after a lower seq would miss changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long purgedThrough() {
        return repository.committedCounter()[1];
    }

    private ChangeRecord toRecord(ChangeEntry e) {
        return new ChangeRecord(e.getSeq(), e.getItemType(), e.getItemId(), ChangeKind.fromWire(e.getKind()),
                e.getReason(), split(e.getChanged(), ","), split(e.getSurrogateKeys(), " "),
                attributes(e.getAttributesBefore()), attributes(e.getAttributesAfter()), e.getOccurredAt(),
                e.getRecordedAt());
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(separator));
    }

    private ItemAttributes attributes(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, ItemAttributes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable attributes in change_log", e);
        }
    }
}
