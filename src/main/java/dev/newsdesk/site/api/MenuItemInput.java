package dev.newsdesk.site.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
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
        List<MenuItemInput> children,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 50)
        @Schema(nullable = true, description = "The label in other editions, by language: {\"ko\": \"국제\"}. An "
                + "edition without one shows its fallback's label, else label.", example = "{\"ko\": \"국제\"}")
        Map<String, @NotBlank @Size(max = 100) String> labels) {

    public MenuItemInput(String label, String section, String url, List<MenuItemInput> children) {
        this(label, section, url, children, null);
    }

    public Map<String, String> labelsOrEmpty() {
        return labels == null ? Map.of() : labels;
    }

    public List<MenuItemInput> childrenOrEmpty() {
        return children == null ? List.of() : children;
    }
}
