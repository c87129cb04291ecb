package dev.newsdesk.edition.api;

import dev.newsdesk.web.cache.SurrogateKey;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stored beside the site settings (an editions change touches their row): the site's key and Last-Modified. */
@SurrogateKey(value = "site", singleton = "site")
@Schema(name = "Editions", description = "The languages the newsroom publishes in. Ask for one with the lang "
        + "parameter or Accept-Language on any delivery operation.")
public record EditionsResponse(
        @Schema(description = "The edition served when a request asks for none.", example = "en")
        String defaultLanguage,
        @Schema(description = "Every edition, in the newsroom's order.") List<Edition> editions,
        @Schema(description = "Last change to the editions.", example = "2019-04-20T09:00:00+09:00")
        OffsetDateTime updatedAt) {

    @Schema(name = "Edition", description = "One edition and where it falls back to.")
    public record Edition(
            @Schema(description = "BCP 47 language tag.", example = "ko") String language,
            @Schema(nullable = true, description = "The edition shown when an item is missing in this one.",
                    example = "en")
            String fallback,
            @Schema(description = "This edition, then each fallback in turn: the order single items are looked "
                    + "for in.", example = "[\"ko\", \"en\"]")
            List<String> fallbackChain) {
    }
}
