package dev.newsdesk.collection.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectionList", description = "Collections, by name.")
public record CollectionList(List<CollectionResponse> data) {
}
