package dev.newsdesk.media.api;

import dev.newsdesk.media.MediaType;
import dev.newsdesk.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediaRequest", description = "A media asset's metadata and URL, to create or replace it.")
public record MediaRequest(
        @Schema(example = "image") @NotNull MediaType type,
        @Schema(example = "https://media.example.com/newsdesk/2019/04/harbour-cranes.jpg", maxLength = 2048,
                pattern = MediaRequest.HTTP_URL)
        @NotNull @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = "must be an http or https URL") String url,
        @Schema(nullable = true, description = "Media type of the master file.", example = "image/jpeg",
                maxLength = 100, pattern = MIME_TYPE)
        @Size(max = 100) @Pattern(regexp = MIME_TYPE, message = "must be a media type such as image/jpeg")
        String mimeType,
        @Schema(nullable = true, description = "Size of the master file in bytes.", example = "482133", minimum = "0")
        @PositiveOrZero Long sizeBytes,
        @Schema(nullable = true, example = "1600", minimum = "1", maximum = "100000") @Positive @Max(100_000) Integer width,
        @Schema(nullable = true, example = "900", minimum = "1", maximum = "100000") @Positive @Max(100_000) Integer height,
        @Schema(nullable = true, description = "Audio and video only: playing time in seconds.", example = "754.5",
                minimum = "0", maximum = "604800")
        @DecimalMin("0") @DecimalMax("604800") Double durationSeconds,
        @Schema(nullable = true, maxLength = 1000) @Size(max = 1000) @PlainText String altText,
        @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) @PlainText String caption,
        @Schema(nullable = true, maxLength = 500, description = "Who is credited, without a label.",
                example = "Harbour Light Agency") @Size(max = 500) @PlainText String credit,
        @Schema(nullable = true, maxLength = 600, description = "The printed credit line, when it is not the type's "
                + "label (Photo, Graphic, Video, Audio), \" : \" and the credit; e.g. another language's label.",
                example = "사진 : 하버 헤럴드") @Size(max = 600) @PlainText String creditLine,
        @Schema(nullable = true, maxLength = 500) @Size(max = 500) @PlainText String copyright,
        @Schema(nullable = true, maxLength = 500) @Size(max = 500) @PlainText String source,
        @Schema(nullable = true) @Valid FocalPoint focalPoint,
        @Schema(nullable = true, description = "Audio and video only: timed-text tracks (at most 20). Null or absent: "
                + "none.", maxItems = 20)
        @Size(max = 20) List<@NotNull @Valid MediaTrack> tracks,
        @Schema(nullable = true, description = "Audio and video only: id of an image asset to show before playing.",
                example = "9d2f7c1a-55b0-3c0e-8f3e-2a1b0c9d8e7f")
        UUID posterId,
        @Schema(nullable = true, description = "Usage rights; null or absent: no window (always shown), no "
                + "syndication.")
        @Valid Rights rights) {

    static final String HTTP_URL = "^https?://[^\\s]+$";
    static final String MIME_TYPE = "^[a-z]+/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,99}$";

    @Schema(name = "FocalPointRequest", description = "Point of interest as fractions of width and height.")
    public record FocalPoint(
            @Schema(minimum = "0", maximum = "1", example = "0.5")
            @NotNull @DecimalMin("0") @DecimalMax("1") Double x,
            @Schema(minimum = "0", maximum = "1", example = "0.4")
            @NotNull @DecimalMin("0") @DecimalMax("1") Double y) {
    }

    @Schema(name = "UsageRightsRequest", description = "Usage rights of the asset. validUntil must be later than "
            + "validFrom.")
    public record Rights(
            @Schema(nullable = true, maxLength = 2000,
                    example = "Editorial use only, within 30 days of the event. No archive use.")
            @Size(max = 2000) @PlainText String usageTerms,
            @Schema(nullable = true, description = "First instant the asset may be shown (inclusive).",
                    example = "2019-04-25T00:00:00+09:00") OffsetDateTime validFrom,
            @Schema(nullable = true, description = "First instant the asset may no longer be shown (exclusive).",
                    example = "2019-05-25T00:00:00+09:00") OffsetDateTime validUntil,
            @Schema(nullable = true, description = "Whether partners may republish the asset; null: false.",
                    example = "false") Boolean syndicationAllowed) {
    }
}
