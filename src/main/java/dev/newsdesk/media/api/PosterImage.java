package dev.newsdesk.media.api;

import dev.newsdesk.media.RightsStatus;
import dev.newsdesk.web.cache.SurrogateKey;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The still of an audio or video asset: an image asset of its own, shown with its own credit line. */
@SurrogateKey("media")
@Schema(name = "PosterImage", description = "The image a player shows before playing: an image asset with its own "
        + "credit, renditions and usage rights.")
public record PosterImage(
        @Schema(example = "9d2f7c1a-55b0-3c0e-8f3e-2a1b0c9d8e7f") UUID id,
        @Schema(example = "https://media.example.com/newsdesk/2019/04/yeongdo-trail-video-poster.jpg") String url,
        @Schema(nullable = true, example = "1920") Integer width,
        @Schema(nullable = true, example = "1080") Integer height,
        @Schema(nullable = true, example = "image/jpeg") String mimeType,
        @Schema(nullable = true, example = "A coastal path along a cliff with a new railing") String altText,
        @Schema(nullable = true, description = "Who the poster itself credits, without a label.",
                example = "Kang Seo-yeon / The Harbour Herald") String credit,
        @Schema(nullable = true, description = "The poster's credit line as printed.",
                example = "Photo : Kang Seo-yeon / The Harbour Herald") String creditLine,
        @Schema(nullable = true, example = "© 2019 The Harbour Herald") String copyright,
        @Schema(nullable = true) MediaResponse.FocalPoint focalPoint,
        @Schema(description = "As for any image: the master and its crops, sorted by width.")
        List<Rendition> renditions,
        UsageRights rights,
        @Schema(description = "As for any asset; always active on the delivery API.", example = "active")
        RightsStatus rightsStatus) {
}
