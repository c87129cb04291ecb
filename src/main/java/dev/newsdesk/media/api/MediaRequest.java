package dev.newsdesk.media.api;

import dev.newsdesk.text.PlainText;
import dev.newsdesk.media.MediaType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediaRequest", description = "A media asset's metadata and URL, to create or replace it.")
public record MediaRequest(
        @Schema(example = "image") @NotNull MediaType type,
        @Schema(example = "https://media.example.com/newsdesk/2019/04/harbour-cranes.jpg", maxLength = 2048,
                pattern = MediaRequest.HTTP_URL)
        @NotNull @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = "must be an http or https URL") String url,
        @Schema(nullable = true, example = "1600", minimum = "1", maximum = "100000") @Positive @Max(100_000) Integer width,
        @Schema(nullable = true, example = "900", minimum = "1", maximum = "100000") @Positive @Max(100_000) Integer height,
        @Schema(nullable = true, maxLength = 1000) @Size(max = 1000) @PlainText String altText,
        @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) @PlainText String caption,
        @Schema(nullable = true, maxLength = 500, example = "Photo : Harbour Light Agency") @Size(max = 500) @PlainText String credit,
        @Schema(nullable = true, maxLength = 500) @Size(max = 500) @PlainText String copyright,
        @Schema(nullable = true, maxLength = 500) @Size(max = 500) @PlainText String source,
        @Schema(nullable = true) @Valid FocalPoint focalPoint) {

    static final String HTTP_URL = "^https?://[^\\s]+$";

    @Schema(name = "FocalPointRequest", description = "Point of interest as fractions of width and height.")
    public record FocalPoint(
            @Schema(minimum = "0", maximum = "1", example = "0.5")
            @NotNull @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("1") Double x,
            @Schema(minimum = "0", maximum = "1", example = "0.4")
            @NotNull @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("1") Double y) {
    }
}
