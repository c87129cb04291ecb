package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
            description = "A photo, video, audio clip or graphic with its caption, credit line, copyright and focal point.")
    @APIResponse(responseCode = "200", description = "The media asset.",
            content = @Content(mediaType = jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MediaResponse get(
            @Parameter(description = "The media asset's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                    example = "3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11")
            @PathParam("id") String id) {
        return media.get(RequestParams.requireUuid("id", id));
    }
}
