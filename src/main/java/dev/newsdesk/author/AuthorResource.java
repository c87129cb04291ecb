package dev.newsdesk.author;

import dev.newsdesk.author.api.AuthorResponse;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorResource {

    private final AuthorService authors;

    public AuthorResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getAuthor", summary = "Get an author by slug",
            description = "An author's profile. Their articles: listArticles?author={slug}.")
    @APIResponse(responseCode = "200", description = "The author.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AuthorResponse get(
            @Parameter(description = "The author's slug.", example = "min-ji-park") @PathParam("slug") String slug) {
        return authors.getBySlug(slug);
    }
}
