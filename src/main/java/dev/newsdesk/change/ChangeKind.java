package dev.newsdesk.change;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** An item readers can now see as it is (upsert), or one they can no longer see (tombstone). */
public enum ChangeKind {
    UPSERT, TOMBSTONE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
