package dev.newsdesk.article.revision.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialRevisionList", description = "Every revision of an article, oldest first.")
public record EditorialRevisionList(List<EditorialRevision> data) {
}
