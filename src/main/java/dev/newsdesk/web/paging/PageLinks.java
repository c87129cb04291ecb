package dev.newsdesk.web.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PageLinks", description = "Links relative to the API host; also sent as an RFC 8288 Link header.")
public record PageLinks(
        @Schema(example = "/api/v1/articles?section=international&limit=20") String self,
        @Schema(nullable = true, example = "/api/v1/articles?section=international&limit=20&cursor=bmV3ZXN0fDIw")
        String next) {
}
