package dev.newsdesk.site.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The newsroom's logo as the JSON-LD publisher shows it. Google's Article structured data wants a logo that fits a
 * 600x60 px box, either exactly 60 px high (preferred) or exactly 600 px wide: the size is checked on save.
 */
@Schema(name = "PublisherLogo", description = "The logo of the publisher in the articles' JSON-LD (an ImageObject): "
        + "an absolute URL and the image's size in pixels, fitting 600x60 and either 60 high or 600 wide, as Google's "
        + "Article structured data asks.")
public record PublisherLogo(
        @NotBlank @Pattern(regexp = "^https?://[^\\s/]+/\\S*$") @Size(max = 2048)
        @Schema(description = "Absolute URL of the logo image.", example = "https://news.example.com/logo-600x60.png",
                required = true, maxLength = 2048)
        String url,
        @NotNull @Min(1) @Max(MAX_WIDTH)
        @Schema(description = "Width in pixels, at most 600.", example = "600", required = true, minimum = "1",
                maximum = "600")
        Integer width,
        @NotNull @Min(1) @Max(MAX_HEIGHT)
        @Schema(description = "Height in pixels, at most 60.", example = "60", required = true, minimum = "1",
                maximum = "60")
        Integer height) {

    public static final int MAX_WIDTH = 600;
    public static final int MAX_HEIGHT = 60;

    /** Google's rule beyond the box: the logo fills it in one dimension. */
    public boolean fillsTheBox() {
        return width == MAX_WIDTH || height == MAX_HEIGHT;
    }
}
