package dev.newsdesk.site.api;

import dev.newsdesk.text.PlainText;
import dev.newsdesk.web.request.MaxJsonLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiteUpdateRequest", description = "All site settings at once; what is sent replaces what was there.")
public record SiteUpdateRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Newsdesk", required = true) @PlainText String name,
        @NotBlank @Pattern(regexp = "^https?://[^\\s/]+(/\\S*)?$") @Size(max = 2048)
        @Schema(example = "https://news.example.com", required = true) String baseUrl,
        @NotBlank @Pattern(regexp = "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$") @Size(max = 35)
        @Schema(example = "en", required = true, maxLength = 35) String defaultLanguage,
        @NotNull @Valid @Size(max = 30) @MaxJsonLength(STORED_JSON)
        @Schema(required = true, maxItems = 30, description = "The menu, entries with their sub-entries: at most "
                + "100,000 characters as compact JSON, all levels together.")
        List<MenuItemInput> navigation,
        @NotNull @Valid @Size(max = 10) @MaxJsonLength(STORED_JSON)
        @Schema(required = true, maxItems = 10, description = "At most 100,000 characters as compact JSON.")
        List<Notice> notices,
        @Valid
        @Schema(nullable = true, description = "The publisher logo of the articles' JSON-LD; null or left out: none.")
        PublisherLogo publisherLogo,
        @Valid @Size(max = 50)
        @Schema(nullable = true, description = "The site name in other editions, by language: {\"ko\": {\"name\": "
                + "\"...\"}}. Menu labels and notices carry their own translations.")
        Map<String, @Valid SiteTranslation> translations) {

    public SiteUpdateRequest(String name, String baseUrl, String defaultLanguage, List<MenuItemInput> navigation,
                             List<Notice> notices, PublisherLogo publisherLogo) {
        this(name, baseUrl, defaultLanguage, navigation, notices, publisherLogo, null);
    }

    /** Menu and notices are each stored as one JSON text in a varchar(100000) column (V30). */
    public static final int STORED_JSON = 100_000;
}
