package dev.newsdesk.article.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleAlternate", description = "A published translation of the article (the article itself "
        + "included), or with language x-default the version for readers whose language has none: the "
        + "hreflang alternates of the page, also sent as Link headers.")
public record ArticleAlternate(
        @Schema(description = "BCP 47 language of the translation, or x-default.", example = "ko") String language,
        @Schema(example = "3f1e2d4c-5b6a-3978-8d9e-0a1b2c3d4e5f") UUID id,
        @Schema(description = "Site path of the translation's page.",
                example = "/international/busan-fukuoka-ferry-adds-overnight-crossings-ko")
        String path,
        @Schema(description = "Absolute URL of that page (the site's baseUrl joined with path).",
                example = "https://herald.example.com/international/busan-fukuoka-ferry-adds-overnight-crossings-ko")
        String url) {
}
