package dev.newsdesk.site.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The site settings as admins write them: the body of a PUT, so an admin changes one entry by reading this, editing
 * it and sending it back (the delivery shape resolves sections and drops entries whose section is gone).
 */
@Schema(name = "EditorialSite", description = "The site settings in the shape PUT takes, with when they last changed.")
public record EditorialSiteResponse(
        @Schema(example = "The Harbour Herald", required = true) String name,
        @Schema(example = "https://herald.example.com", required = true) String baseUrl,
        @Schema(example = "en", required = true) String defaultLanguage,
        @Schema(required = true, description = "The stored menu, entries that point to removed sections included.")
        List<MenuItemInput> navigation,
        @Schema(required = true) List<Notice> notices,
        @Schema(nullable = true, description = "The logo the JSON-LD publisher carries; null: none.")
        PublisherLogo publisherLogo,
        @Schema(required = true, description = "The site name in other editions, by language ({} when none).",
                example = "{\"ko\": {\"name\": \"하버 헤럴드\"}}")
        Map<String, SiteTranslation> translations,
        @Schema(example = "2019-04-25T18:38:40+09:00", required = true, readOnly = true) OffsetDateTime updatedAt) {
}
