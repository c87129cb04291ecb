package dev.newsdesk.article.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelatedPins", description = "The articles editors pinned as related to an article, in order.")
public record RelatedPins(
        @NotNull @Size(max = MAX) @Schema(required = true, description = "Article ids, most related first.")
        List<@NotNull UUID> relatedIds) {

    public static final int MAX = 20;
}
