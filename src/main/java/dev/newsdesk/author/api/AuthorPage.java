package dev.newsdesk.author.api;

import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorPage", description = "One page of authors by slug, with cursor links.")
public record AuthorPage(List<AuthorListItem> data, PageMeta meta, PageLinks links) {
}
