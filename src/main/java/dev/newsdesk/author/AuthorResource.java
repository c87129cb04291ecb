package dev.newsdesk.author;

import dev.newsdesk.edition.EditionParams;
import jakarta.ws.rs.BeanParam;
import dev.newsdesk.author.api.AuthorPage;
import dev.newsdesk.author.api.AuthorResponse;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.SlugCursor;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    @Operation(operationId = "listAuthors", summary = "List authors",
            description = "Every author by slug, with the number of published articles in their byline; names "
                    + "and titles in the edition asked for (each field in the first language of the edition's "
                    + "fallback chain that has it, else the stored one; Content-Language names the edition).")
    @APIResponse(responseCode = "200", description = "One page of authors.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorPage.class)))
    public AuthorPage list(
            @Parameter(description = "Page size; more than 100 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
            @QueryParam("cursor") String cursor,
            @BeanParam EditionParams edition,
            @Context UriInfo uri) {
        RequestParams params = new RequestParams();
        int size = params.intInRange("limit", limit, 50, 1, 100);
        params.throwIfInvalid();
        return authors.list(SlugCursor.decode(AuthorService.LIST, cursor), size, edition.lang,
                edition.acceptLanguage, PageAddress.of(uri));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getAuthor", summary = "Get an author by slug",
            description = "An author's profile in the edition asked for. Their articles: "
                    + "listArticles?author={slug}.")
    @APIResponse(responseCode = "200", description = "The author.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorResponse.class)))
    public AuthorResponse get(
            @Parameter(description = "The author's slug.", example = "min-ji-park") @PathParam("slug") String slug,
            @BeanParam EditionParams edition) {
        return authors.getBySlug(slug, edition.lang, edition.acceptLanguage);
    }
}
