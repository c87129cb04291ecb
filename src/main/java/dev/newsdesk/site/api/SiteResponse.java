package dev.newsdesk.site.api;

import java.time.OffsetDateTime;
import java.util.List;
import dev.newsdesk.web.cache.SurrogateKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The site settings' one row: its updated_at counts in Last-Modified, beside the sections its menu shows. */
@SurrogateKey(value = "site", singleton = "site")
@Schema(name = "Site", description = "What every page of the site needs: name, base URL, language, the newsroom's "
        + "time zone, the navigation menu and site-wide notices.")
public record SiteResponse(
        @Schema(example = "Newsdesk") String name,
        @Schema(description = "Absolute URL of the site; join it with canonicalPath for links.",
                example = "https://news.example.com")
        String baseUrl,
        @Schema(description = "BCP 47 language of the site.", example = "en") String defaultLanguage,
        TimeZoneInfo timeZone,
        @Schema(description = "Top-level menu entries in order; sections that no longer exist are left out.")
        List<MenuItem> navigation,
        List<Notice> notices,
        @Schema(nullable = true, description = "The publisher logo the articles' JSON-LD shows; null: none set.")
        PublisherLogo publisherLogo,
        @Schema(description = "Last change to these settings.", example = "2019-04-20T09:00:00+09:00")
        OffsetDateTime updatedAt) {

    @Schema(name = "TimeZoneInfo", description = "The newsroom's time zone. Every timestamp of the API already "
            + "carries this zone's offset, so its local date and time can be shown as written (e.g. the "
            + "\"2019-04-25 18:38:40\" of 2019-04-25T18:38:40+09:00) without a time-zone database. No clock "
            + "value: the current time is the client's own clock shown at utcOffset (or in the zone id), so this "
            + "document stays cacheable.")
    public record TimeZoneInfo(
            @Schema(description = "IANA time zone id.", example = "Asia/Seoul") String id,
            @Schema(description = "The zone's current offset from UTC; it changes only at the zone's daylight "
                    + "saving transitions.", example = "+09:00") String utcOffset) {
    }
}
