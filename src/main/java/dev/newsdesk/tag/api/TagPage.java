package dev.newsdesk.tag.api;

import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagPage", description = "One page of tags by slug, with cursor links.")
public record TagPage(List<TagListItem> data, PageMeta meta, PageLinks links) {
}
