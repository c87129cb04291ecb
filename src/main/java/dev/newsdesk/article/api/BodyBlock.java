package dev.newsdesk.article.api;

import dev.newsdesk.text.PlainText;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.newsdesk.media.api.MediaResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One block of an article body. The {@code type} property tells front ends which component renders it. Text fields
 * named {@code html} hold sanitized inline HTML (b, i, em, strong, a) and nothing else.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BodyBlock.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = BodyBlock.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = BodyBlock.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = BodyBlock.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = BodyBlock.Image.class, name = "image"),
        @JsonSubTypes.Type(value = BodyBlock.Media.class, name = "media")})
@Schema(name = "BodyBlock",
        oneOf = {BodyBlock.Paragraph.class, BodyBlock.Heading.class, BodyBlock.Quote.class, BodyBlock.ListBlock.class,
                BodyBlock.Image.class, BodyBlock.Media.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "paragraph", schema = BodyBlock.Paragraph.class),
                @DiscriminatorMapping(value = "heading", schema = BodyBlock.Heading.class),
                @DiscriminatorMapping(value = "quote", schema = BodyBlock.Quote.class),
                @DiscriminatorMapping(value = "list", schema = BodyBlock.ListBlock.class),
                @DiscriminatorMapping(value = "image", schema = BodyBlock.Image.class),
                @DiscriminatorMapping(value = "media", schema = BodyBlock.Media.class)})
public sealed interface BodyBlock {

    @Schema(name = "ParagraphBlock", requiredProperties = {"type", "html"}, properties = @SchemaProperty(name = "type",
            type = SchemaType.STRING, enumeration = "paragraph"))
    record Paragraph(
            @Schema(example = "Cranes stood idle at the port on Thursday as talks went on.")
            @NotBlank @Size(max = 20_000) String html)
            implements BodyBlock {
    }

    @Schema(name = "HeadingBlock", requiredProperties = {"type", "level", "html"}, properties = @SchemaProperty(
            name = "type", type = SchemaType.STRING, enumeration = "heading"))
    record Heading(
            @Schema(minimum = "2", maximum = "4", example = "2") @Min(2) @Max(4) int level,
            @Schema(example = "What happens next") @NotBlank @Size(max = 1000) String html) implements BodyBlock {
    }

    @Schema(name = "QuoteBlock", requiredProperties = {"type", "html"}, properties = @SchemaProperty(name = "type",
            type = SchemaType.STRING, enumeration = "quote"))
    record Quote(
            @Schema(example = "We have never seen the harbour this quiet.") @NotBlank @Size(max = 5000) String html,
            @Schema(nullable = true, example = "Kim Ho-seong, dock foreman") @Size(max = 500) @PlainText String attribution)
            implements BodyBlock {
    }

    @Schema(name = "ListBlock", requiredProperties = {"type", "ordered", "items"}, properties = @SchemaProperty(
            name = "type", type = SchemaType.STRING, enumeration = "list"))
    record ListBlock(
            @Schema(description = "Numbered (true) or bulleted (false).", example = "false") boolean ordered,
            @Schema(description = "Items as inline HTML.")
            @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 5000) String> items) implements BodyBlock {
    }

    /** A block that shows a media asset: dropped from delivered bodies while the asset is out of rights. */
    sealed interface Embed extends BodyBlock {
        UUID mediaId();

        String caption();

        Embed withMedia(MediaResponse resolved);
    }

    @Schema(name = "ImageBlock", description = "A photo or graphic in the body. On delivery the block is left out "
            + "while the asset's usage rights are not active.", requiredProperties = {"type", "mediaId"}, properties = @SchemaProperty(name = "type",
            type = SchemaType.STRING, enumeration = "image"))
    record Image(
            @Schema(example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11") @NotNull UUID mediaId,
            @Schema(nullable = true, description = "Caption for this use; null means the media's own caption.")
            @Size(max = 2000) @PlainText String caption,
            @Schema(nullable = true, readOnly = true, description = "The media asset, embedded on delivery.")
            MediaResponse media) implements Embed {

        @Override
        public Image withMedia(MediaResponse resolved) {
            return new Image(mediaId, caption, resolved);
        }
    }

    @Schema(name = "MediaBlock", description = "An audio or video player in the body: the asset brings its file, "
            + "duration, tracks and poster. On delivery the block is left out while the asset's usage rights are "
            + "not active.", requiredProperties = {"type", "mediaId"}, properties = @SchemaProperty(name = "type",
            type = SchemaType.STRING, enumeration = "media"))
    record Media(
            @Schema(description = "An audio or video asset.", example = "5a1c9e0b-7d2f-3b4a-8c6d-1e2f3a4b5c6d")
            @NotNull UUID mediaId,
            @Schema(nullable = true, description = "Caption for this use; null means the media's own caption.")
            @Size(max = 2000) @PlainText String caption,
            @Schema(nullable = true, readOnly = true, description = "The audio or video asset, embedded on delivery.")
            MediaResponse media) implements Embed {

        @Override
        public Media withMedia(MediaResponse resolved) {
            return new Media(mediaId, caption, resolved);
        }
    }
}
