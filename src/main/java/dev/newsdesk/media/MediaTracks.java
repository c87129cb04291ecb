package dev.newsdesk.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.media.api.MediaTrack;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Stores an asset's tracks as a JSON array in one column: they are only ever read and written with the asset. */
@ApplicationScoped
public class MediaTracks {

    private static final TypeReference<List<MediaTrack>> TRACKS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public MediaTracks(ObjectMapper json) {
        this.json = json;
    }

    public String write(List<MediaTrack> tracks) {
        if (tracks == null || tracks.isEmpty()) {
            return null;
        }
        try {
            return json.writerFor(TRACKS).writeValueAsString(tracks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Tracks could not be serialized", e);
        }
    }

    public List<MediaTrack> read(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, TRACKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tracks are not valid track JSON", e);
        }
    }
}
