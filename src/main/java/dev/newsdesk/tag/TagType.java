package dev.newsdesk.tag;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a tag names; front ends style person and place tags differently from topics. */
public enum TagType {
    TOPIC, PERSON, ORGANIZATION, PLACE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
