package dev.newsdesk.tag;

import dev.newsdesk.edition.EditionParams;
import jakarta.ws.rs.BeanParam;
import dev.newsdesk.tag.api.TagPage;
import dev.newsdesk.tag.api.TagResponse;
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

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class TagResource {

    private final TagService tags;

    public TagResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags",
            description = "Every tag by slug, optionally of one type, with the number of published articles "
                    + "carrying it; names in the edition asked for (the first language of the edition's fallback "
                    + "chain that has one, else the stored name; Content-Language names the edition).")
    @APIResponse(responseCode = "200", description = "One page of tags.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class)))
    public TagPage list(
            @Parameter(description = "Only tags of this type.",
                    schema = @Schema(enumeration = {"topic", "person", "organization", "place"}))
            @QueryParam("type") String type,
            @Parameter(description = "Page size; more than 100 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
            @QueryParam("cursor") String cursor,
            @BeanParam EditionParams edition,
            @Context UriInfo uri) {
        RequestParams params = new RequestParams();
        TagType tagType = params.oneOf("type", type, null, TagType::fromWire, TagType.WIRE_NAMES);
        int size = params.intInRange("limit", limit, 50, 1, 100);
        params.throwIfInvalid();
        return tags.list(tagType, SlugCursor.decode(TagService.LIST, cursor), size, edition.lang,
                edition.acceptLanguage, PageAddress.of(uri));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getTag", summary = "Get a tag by slug",
            description = "A topic, person, organization or place, its name in the edition asked for. Its articles: "
                    + "listArticles?tag={slug}.")
    @APIResponse(responseCode = "200", description = "The tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagResponse.class)))
    public TagResponse get(@Parameter(description = "The tag's slug.", example = "busan") @PathParam("slug") String slug,
                           @BeanParam EditionParams edition) {
        return tags.getBySlug(slug, edition.lang, edition.acceptLanguage);
    }
}
