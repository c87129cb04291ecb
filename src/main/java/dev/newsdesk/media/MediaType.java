package dev.newsdesk.media;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum MediaType {
    IMAGE, VIDEO, AUDIO, GRAPHIC;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
