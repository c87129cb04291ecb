package dev.newsdesk.collection.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.section.api.SectionIncluded;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a section's answer embeds under included with include=collections. */
@Schema(name = SectionIncluded.SCHEMA, description = "Related objects of a section, present when named in include=.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionCollectionsIncluded(
        @Schema(description = "include=collections: the section's curated collections with their visible articles.")
        List<CollectionResponse> collections) implements SectionIncluded {
}
