package dev.newsdesk.media.api;

import dev.newsdesk.media.MediaType;
import dev.newsdesk.web.cache.SurrogateKey;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@SurrogateKey("media")
@Schema(name = "Media", description = "A media asset with everything a page needs to show and credit it.")
public record MediaResponse(
        @Schema(readOnly = true, example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11") UUID id,
        @Schema(example = "image") MediaType type,
        @Schema(example = "https://media.example.com/newsdesk/2019/04/harbour-cranes.jpg") String url,
        @Schema(nullable = true, example = "1600") Integer width,
        @Schema(nullable = true, example = "900") Integer height,
        @Schema(nullable = true, example = "Container cranes at dusk over a quiet harbour") String altText,
        @Schema(nullable = true, example = "Cranes stand idle at the port on Thursday evening.") String caption,
        @Schema(nullable = true, description = "Credit line to print with the media.", example = "Photo : Harbour Light Agency")
        String credit,
        @Schema(nullable = true, example = "© 2019 Harbour Light Agency") String copyright,
        @Schema(nullable = true, example = "Harbour Light Agency") String source,
        @Schema(nullable = true) FocalPoint focalPoint) {

    @Schema(name = "FocalPoint", description = "Point of interest as fractions of width and height, for crops.")
    public record FocalPoint(
            @Schema(minimum = "0", maximum = "1", example = "0.5") double x,
            @Schema(minimum = "0", maximum = "1", example = "0.4") double y) {
    }
}
