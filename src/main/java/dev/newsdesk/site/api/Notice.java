package dev.newsdesk.site.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notice", description = "A site-wide notice, such as the cookie-consent banner.")
public record Notice(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$") @Size(max = 60)
        @Schema(description = "Stable key front ends recognise the notice by.", example = "cookie-consent",
                required = true)
        String key,
        @NotBlank @Size(max = 2000)
        @Schema(description = "Plain text of the notice.",
                example = "We use cookies to remember your settings and to measure how our pages are read.",
                required = true)
        @PlainText String text,
        @Size(max = 100) @Schema(nullable = true, example = "Cookie policy") @PlainText String linkLabel,
        @Pattern(regexp = "^(https?://|/)\\S*$") @Size(max = 2048)
        @Schema(nullable = true, example = "https://news.example.com/cookie-policy") String linkUrl,
        @NotNull @Schema(description = "Whether readers may close the notice.", example = "true", required = true)
        Boolean dismissible,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Valid @Size(max = 50)
        @Schema(nullable = true, example = "{\"ko\": {\"text\": \"쿠키를 사용합니다.\", \"linkLabel\": \"쿠키 정책\"}}",
                description = "Editorial only (readers get the notice in their edition): the text, "
                + "link label and link in other editions, by language. An edition without one shows its "
                + "fallback's, else the fields above.")
        Map<String, @Valid Translation> translations) {

    public Notice(String key, String text, String linkLabel, String linkUrl, Boolean dismissible) {
        this(key, text, linkLabel, linkUrl, dismissible, null);
    }

    public Map<String, Translation> translationsOrEmpty() {
        return translations == null ? Map.of() : translations;
    }

    /** The notice in one edition, as readers get it. */
    public Notice in(Translation translation) {
        return translation == null ? new Notice(key, text, linkLabel, linkUrl, dismissible)
                : new Notice(key, translation.text(), translation.linkLabel() != null ? translation.linkLabel()
                : linkLabel, translation.linkUrl() != null ? translation.linkUrl() : linkUrl, dismissible);
    }

    @Schema(name = "NoticeTranslation", description = "A notice in another edition.")
    public record Translation(
            @NotBlank @Size(max = 2000) @Schema(required = true, example = "사이트 이용 기록을 위해 쿠키를 사용합니다.")
            @PlainText String text,
            @Size(max = 100) @Schema(nullable = true, example = "쿠키 정책") @PlainText String linkLabel,
            @Pattern(regexp = "^(https?://|/)\\S*$") @Size(max = 2048)
            @Schema(nullable = true, example = "https://news.example.com/ko/cookie-policy") String linkUrl) {
    }
}
