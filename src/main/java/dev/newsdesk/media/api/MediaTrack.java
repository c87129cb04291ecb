package dev.newsdesk.media.api;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.newsdesk.text.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One timed-text track of an audio or video asset, as an HTML track element or a transcript link needs it. */
@Schema(name = "MediaTrack", description = "A caption, subtitle, description, chapter or transcript file.")
public record MediaTrack(
        @Schema(description = "captions, subtitles, descriptions and chapters map to the kind of an HTML track "
                + "element; transcript is a full text to link to.", example = "captions") @NotNull TrackKind kind,
        @Schema(description = "BCP 47 language tag.", example = "en", maxLength = 35, pattern = LANGUAGE)
        @NotNull @Size(max = 35) @Pattern(regexp = LANGUAGE, message = "must be a BCP 47 language tag") String language,
        @Schema(example = "https://media.example.com/newsdesk/2019/04/harbour-report.en.vtt", maxLength = 2048,
                pattern = MediaRequest.HTTP_URL)
        @NotNull @Size(max = 2048) @Pattern(regexp = MediaRequest.HTTP_URL, message = "must be an http or https URL")
        String url,
        @Schema(nullable = true, example = "text/vtt", maxLength = 100, pattern = MediaRequest.MIME_TYPE)
        @Size(max = 100) @Pattern(regexp = MediaRequest.MIME_TYPE, message = "must be a media type such as text/vtt")
        String mimeType,
        @Schema(nullable = true, description = "Label a player shows in its track menu.", example = "English",
                maxLength = 200)
        @Size(max = 200) @PlainText String label) {

    static final String LANGUAGE = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

    public enum TrackKind {
        CAPTIONS, SUBTITLES, DESCRIPTIONS, CHAPTERS, TRANSCRIPT;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
