package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Renditions of images and the image service that renders them (README "Media"). */
@ConfigMapping(prefix = "newsdesk.media")
public interface MediaConfig {

    Renditions renditions();

    ImageService imageService();

    interface Renditions {
        /** Widths offered for every aspect ratio, in pixels; none wider than the master's crop is ever offered. */
        @WithDefault("320,640,960,1280,1920")
        List<Integer> widths();

        /** Crops as width:height, each cut around the focal point; "original" keeps the master's own shape. */
        @WithDefault("original,16:9,1:1,4:3")
        List<String> aspectRatios();

        /** Output format of the renditions (the master keeps its own), as the image service names it. */
        @WithDefault("webp")
        String format();
    }

    interface ImageService {
        /** Where the image service answers; the signature is the first path segment after it. */
        @WithDefault("https://images.example.com")
        String baseUrl();

        /**
         * Path (and optional query) after the signature, with placeholders {width}, {height}, {cropLeft},
         * {cropTop}, {cropRight}, {cropBottom}, {cropWidth}, {cropHeight}, {format}, {source} (the master URL,
         * percent-encoded) and {sourceBase64} (the master URL, base64url). The default is thumbor's syntax.
         */
        @WithDefault("/{cropLeft}x{cropTop}:{cropRight}x{cropBottom}/{width}x{height}/filters:format({format})/{source}")
        String pathTemplate();

        /**
         * HMAC-SHA256 key the image service shares (NEWSDESK_MEDIA_IMAGE_SERVICE_SECRET). Unset: a random key per
         * process, logged as a warning, so no image service accepts the URLs.
         */
        Optional<String> secret();
    }
}
