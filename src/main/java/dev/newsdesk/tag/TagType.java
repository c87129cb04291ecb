package dev.newsdesk.tag;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a tag names; front ends style person and place tags differently from topics. */
public enum TagType {
    TOPIC, PERSON, ORGANIZATION, PLACE;

    /** The names type= accepts, as problems list them. */
    public static final String WIRE_NAMES = "topic, person, organization, place";

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TagType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }
}
