package dev.newsdesk.article.api;

import dev.newsdesk.seo.api.SeoInput;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable content of an article as one revision saved it. */
@Schema(name = "ArticleSnapshot", description = "An article's editable content as a revision saved it.")
public record ArticleSnapshot(
        @Schema(example = "port-strike-enters-second-week") String slug,
        @Schema(example = "Port strike enters its second week") String headline,
        @Schema(nullable = true, example = "Dock workers and operators return to talks as cargo piles up.") String standfirst,
        @Schema(example = "en") String language,
        @Schema(example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") UUID sectionId,
        @Schema(nullable = true, example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11") UUID leadMediaId,
        List<UUID> authorIds,
        List<UUID> tagIds,
        List<BodyBlock> body,
        @Schema(nullable = true, description = "SEO and social metadata as set; null in revisions saved before "
                + "articles had it.")
        SeoInput seo) {
}
