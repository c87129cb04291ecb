package dev.newsdesk.media.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rendition", description = "One size of an image: a URL to put in src or srcset with its pixel size. "
        + "Renditions other than the master come from the image service, cropped around the focal point and signed; "
        + "none is wider than the master.")
public record Rendition(
        @Schema(description = "The image at this size. Signed: any change to it makes the image service refuse it.",
                example = "https://images.example.com/Xq3sI9S2UZhQ0B8mG2cJwJ4n7hYV3z0cYg9wE1gq2xk/0x0:1600x900/640x360/"
                        + "filters:format(webp)/https%3A%2F%2Fmedia.example.com%2Fnewsdesk%2F2019%2F04%2Fharbour-cranes.jpg")
        String url,
        @Schema(description = "Width in pixels: the w descriptor of srcset.", example = "640") int width,
        @Schema(description = "Height in pixels.", example = "360") int height,
        @Schema(nullable = true, description = "Media type of the file; null for a master of unknown type.",
                example = "image/webp")
        String mimeType,
        @Schema(description = "The crop: a configured width:height ratio, or original for the master's own shape. "
                + "A srcset takes the renditions of one ratio.", example = "16:9")
        String aspectRatio,
        @Schema(description = "True for the master itself (the stored file, at its full size); exactly one per image.",
                example = "false")
        boolean master) {
}
