package dev.newsdesk.section.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.collection.api.CollectionResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionIncluded", description = "Related objects of a section, present when named in include=.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionIncluded(
        @Schema(description = "include=collections: the section's curated collections with their visible articles.")
        List<CollectionResponse> collections) {
}
