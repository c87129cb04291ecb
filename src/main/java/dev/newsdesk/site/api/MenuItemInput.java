package dev.newsdesk.site.api;

import dev.newsdesk.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A menu entry as editors write it (and as it is stored): a label and either a section slug or a URL. */
@Schema(name = "MenuItemInput", description = "A menu entry: a label pointing to a section (by slug) or to a URL.")
public record MenuItemInput(
        @NotBlank @Size(max = 100) @Schema(example = "International", required = true) @PlainText String label,
        @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$") @Size(max = 120)
        @Schema(nullable = true, description = "Slug of the section the entry opens; give this or url.",
                example = "international")
        String section,
        @Pattern(regexp = "^(https?://|/)\\S*$") @Size(max = 2048)
        @Schema(nullable = true, description = "Absolute http(s) URL or site path; give this or section.",
                example = "https://news.example.com/newsletters")
        String url,
        @Valid @Size(max = 30)
        @Schema(nullable = true, description = "Sub-entries, in order (up to three levels in all).")
        List<MenuItemInput> children) {

    public List<MenuItemInput> childrenOrEmpty() {
        return children == null ? List.of() : children;
    }
}
