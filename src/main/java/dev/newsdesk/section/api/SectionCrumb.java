package dev.newsdesk.section.api;

import dev.newsdesk.web.cache.SurrogateKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a breadcrumb trail; a rename of the section shows in every article under it, hence the key. */
@SurrogateKey("section")
@Schema(name = "SectionCrumb", description = "A section above another one, as a step of its breadcrumb trail.")
public record SectionCrumb(
        @Schema(example = "5d1f1b7e-8c1a-3d2b-9e0f-1a2b3c4d5e6f") UUID id,
        @Schema(example = "international") String slug,
        @Schema(example = "International") String name,
        @Schema(description = "Site path of the section page.", example = "/international") String path) {
}
