package dev.newsdesk.collection.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionItemsRequest", description = "The complete new order of a collection's articles.")
public record CollectionItemsRequest(
        @NotNull @Size(max = MAX_ITEMS) @Schema(required = true, description = "Article ids in the new order.")
        List<@NotNull UUID> articleIds) {

    public static final int MAX_ITEMS = 100;
}
