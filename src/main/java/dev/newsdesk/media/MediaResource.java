package dev.newsdesk.media;

import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.media.api.MediaResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/media")
@Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
@Tag(name = "Media")
public class MediaResource {

    private final MediaService media;

    public MediaResource(MediaService media) {
        this.media = media;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMedia", summary = "Get a media asset by id",
            description = "A photo, video, audio clip or graphic with its caption, credit line, copyright and focal "
                    + "point, renditions (images), duration, tracks and poster (audio, video) and usage rights. Only "
                    + "while its usage rights are active: before they start it is 404 like anything never shown, "
                    + "once they have ended it is 410 MEDIA_RIGHTS_EXPIRED.")
    @APIResponse(responseCode = "200", description = "The media asset.",
            content = @Content(mediaType = jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public MediaResponse get(
            @Parameter(description = "The media asset's id.", example = OpenApiDefinition.SAMPLE_MEDIA_ID)
            @PathParam("id") UUID id) {
        return media.get(id);
    }
}
