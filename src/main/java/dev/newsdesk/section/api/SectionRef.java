package dev.newsdesk.section.api;

import dev.newsdesk.web.cache.SurrogateKey;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("section")
@Schema(name = "SectionRef", description = "A section as referenced from an article, with the sections above it for "
        + "a breadcrumb trail.")
public record SectionRef(
        @Schema(example = "7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10") UUID id,
        @Schema(example = "asia-pacific") String slug,
        @Schema(example = "Asia-Pacific") String name,
        @Schema(description = "Site path of the section page, through its ancestors.",
                example = "/international/asia-pacific") String path,
        @Schema(description = "The sections above this one, outermost first; empty for a top-level section. "
                + "With the section itself they make the breadcrumb trail: International › Asia-Pacific.")
        List<SectionCrumb> ancestors) {
}
