package dev.newsdesk.media.api;

import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediaPage", description = "One page of media assets for editors, newest first, each with its "
        + "rights status now, with cursor links.")
public record MediaPage(List<MediaResponse> data, PageMeta meta, PageLinks links) {
}
