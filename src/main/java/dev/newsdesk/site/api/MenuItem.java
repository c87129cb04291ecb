package dev.newsdesk.site.api;

import dev.newsdesk.section.api.SectionRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MenuItem", description = "A navigation entry, ready to render: its label, where it leads, its children.")
public record MenuItem(
        @Schema(example = "International") String label,
        @Schema(enumeration = {"section", "url"}, description = "What the entry points to.", example = "section")
        String type,
        @Schema(nullable = true, description = "The section, for type section.") SectionRef section,
        @Schema(description = "The link target: the section's site path, or the URL.", example = "/international")
        String href,
        @Schema(description = "Sub-entries in menu order; empty for a leaf.") List<MenuItem> children) {
}
