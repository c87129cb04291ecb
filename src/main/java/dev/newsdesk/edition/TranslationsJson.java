package dev.newsdesk.edition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Per-language display fields as stored: a JSON object by language, null when there are none. */
@ApplicationScoped
public class TranslationsJson {

    private final ObjectMapper json;

    public TranslationsJson(ObjectMapper json) {
        this.json = json;
    }

    public <T> Map<String, T> read(String stored, Class<T> type) {
        if (stored == null) {
            return Map.of();
        }
        JavaType map = json.getTypeFactory().constructMapType(Map.class, String.class, type);
        try {
            return json.readValue(stored, map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored translations are not valid JSON", e);
        }
    }

    public String write(Map<String, ?> translations) {
        if (translations == null || translations.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(Localized.normalized(translations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Translations could not be serialized", e);
        }
    }
}
