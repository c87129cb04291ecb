package dev.newsdesk.web.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PageMeta")
public record PageMeta(
        @Schema(description = "The page size that was applied.", example = "20") int limit,
        @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page.",
                example = "bmV3ZXN0fDIwMTktMDQtMjVUMDk6Mzg6NDBafDBiNWQ1YzZl")
        String nextCursor) {
}
