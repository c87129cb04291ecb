package dev.newsdesk.tag;

import dev.newsdesk.tag.api.TagResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class TagResource {

    private final TagService tags;

    public TagResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getTag", summary = "Get a tag by slug",
            description = "A topic, person, organization or place. Its articles: listArticles?tag={slug}.")
    @APIResponse(responseCode = "200", description = "The tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TagResponse get(@Parameter(description = "The tag's slug.", example = "busan") @PathParam("slug") String slug) {
        return tags.getBySlug(slug);
    }
}
