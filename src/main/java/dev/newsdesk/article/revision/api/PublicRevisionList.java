package dev.newsdesk.article.revision.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicRevisionList", description = "The versions of an article readers saw, oldest first.")
public record PublicRevisionList(List<PublicRevision> data) {
}
