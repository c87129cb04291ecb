package dev.newsdesk.collection.api;

import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.section.api.SectionRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import dev.newsdesk.web.cache.SurrogateKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Its own updated_at (order and membership changes) counts in Last-Modified, beside its articles'. */
@SurrogateKey("collection")
@Schema(name = "Collection", description = "A curated, ordered list of articles such as \"Editor's Pick\".")
public record CollectionResponse(
        @Schema(readOnly = true, example = "9a3c1f0e-5b7d-3e2a-8c4f-1d2e3f4a5b6c") UUID id,
        @Schema(example = "editors-pick") String slug,
        @Schema(example = "Editor's Pick") String name,
        @Schema(nullable = true, example = "Stories our editors think you should not miss.") String description,
        @Schema(nullable = true, description = "The section the collection belongs to; null for site-wide.")
        SectionRef section,
        @Schema(description = "Visible articles in the editors' order; items readers cannot see are left out.")
        List<ArticleSummary> items,
        @Schema(description = "Last change to the collection.", example = "2019-04-25T19:00:00+09:00")
        OffsetDateTime updatedAt) {
}
