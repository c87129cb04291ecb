package dev.newsdesk.media.api;

import dev.newsdesk.media.MediaType;
import dev.newsdesk.media.RightsStatus;
import dev.newsdesk.web.cache.SurrogateKey;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("media")
@Schema(name = "Media", description = "A photo, graphic, audio clip or video with everything a page or player needs: "
        + "credit lines, renditions for srcset (images), duration, tracks and poster (audio and video), usage rights. "
        + "The delivery API only ever shows assets whose rights are active now.")
public record MediaResponse(
        @Schema(readOnly = true, example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11") UUID id,
        @Schema(description = "The kind of asset: which component renders it.", example = "image") MediaType type,
        @Schema(description = "The master file, as stored.",
                example = "https://media.example.com/newsdesk/2019/04/harbour-cranes.jpg") String url,
        @Schema(nullable = true, description = "Media type of the master file; for images without one, guessed from "
                + "the URL's extension in the master rendition.", example = "image/jpeg") String mimeType,
        @Schema(nullable = true, description = "Size of the master file in bytes.", example = "482133") Long sizeBytes,
        @Schema(nullable = true, description = "Pixel width of the master (images, video).", example = "1600")
        Integer width,
        @Schema(nullable = true, description = "Pixel height of the master (images, video).", example = "900")
        Integer height,
        @Schema(nullable = true, description = "Playing time in seconds (audio, video), fractions allowed.",
                example = "754.5")
        Double durationSeconds,
        @Schema(nullable = true, example = "Container cranes at dusk over a quiet harbour") String altText,
        @Schema(nullable = true, example = "Cranes stand idle at the port on Thursday evening.") String caption,
        @Schema(nullable = true, description = "Who is credited, without a label: a front end that prints its own "
                + "label (in its reader's language) puts it before this.", example = "Harbour Light Agency")
        String credit,
        @Schema(nullable = true, description = "The credit line as the newsroom prints it: the editors' own, or the "
                + "type's label (Photo, Graphic, Video, Audio) and the credit. Null without a credit.",
                example = "Photo : Harbour Light Agency")
        String creditLine,
        @Schema(nullable = true, example = "© 2019 Harbour Light Agency") String copyright,
        @Schema(nullable = true, example = "Harbour Light Agency") String source,
        @Schema(nullable = true) FocalPoint focalPoint,
        @Schema(description = "Images with a known size: the master and every configured crop and width, sorted by "
                + "width (the master after renditions of its own width). Empty for audio, video, graphics and "
                + "images of unknown size.")
        List<Rendition> renditions,
        @Schema(description = "Audio and video: caption, subtitle and transcript tracks; empty otherwise.")
        List<MediaTrack> tracks,
        @Schema(nullable = true, description = "Audio and video: the still to show before playing, an image with its "
                + "own credit and rights (null when there is none, or when its rights are not active).")
        PosterImage poster,
        UsageRights rights,
        @Schema(description = "Where now falls in the rights window: pending before validFrom, active, expired from "
                + "validUntil on. Always active on the delivery API, which leaves out every other asset.",
                example = "active")
        RightsStatus rightsStatus) {

    @Schema(name = "FocalPoint", description = "Point of interest as fractions of width and height, for crops.")
    public record FocalPoint(
            @Schema(minimum = "0", maximum = "1", example = "0.5") double x,
            @Schema(minimum = "0", maximum = "1", example = "0.4") double y) {
    }
}
