package dev.newsdesk.article.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreviewToken", description = "A signed link to preview one article without an API key.")
public record PreviewToken(
        @Schema(example = "MGI1ZDVjNmUtMGY0My0zYThlLTljMzktNGYxZTVkMWIyYzc3LjE1NTYxODY0MDA.q3b1P9Zx0ZC1t7Zb9yY0gJk")
        String token,
        @Schema(example = "2019-04-25T19:38:40+09:00") OffsetDateTime expiresAt,
        @Schema(description = "Path to fetch the preview with, token included.",
                example = "/api/v1/editorial/articles/0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77/preview?token=MGI1…")
        String previewPath) {
}
