package dev.newsdesk.section;

import dev.newsdesk.edition.EditionParams;
import jakarta.ws.rs.BeanParam;
import dev.newsdesk.section.api.SectionDetail;
import dev.newsdesk.section.api.SectionList;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.web.request.Representation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections")
public class SectionResource {

    private final SectionService sections;

    public SectionResource(SectionService sections) {
        this.sections = sections;
    }

    @GET
    @Operation(operationId = "listSections", summary = "List all sections",
            description = "Every section in menu order: each parent is followed by its subsections; names and "
                    + "descriptions in the edition asked for (Content-Language says which).")
    @APIResponse(responseCode = "200", description = "All sections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionList.class)))
    public SectionList list(@BeanParam EditionParams edition) {
        return sections.list(edition.lang, edition.acceptLanguage);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getSection", summary = "Get a section by slug",
            description = "One section with its parent and site path; with include=collections also its curated "
                    + "collections (such as the section's Editor's Pick). Its articles: listArticles?section={slug}.")
    @APIResponse(responseCode = "200", description = "The section.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionDetail.class)))
    public SectionDetail get(
            @Parameter(description = "The section's slug.", example = "international") @PathParam("slug") String slug,
            @Parameter(description = "Related objects to embed under included: collections.",
                    example = SectionCollections.INCLUDE)
            @QueryParam("include") String include,
            @BeanParam EditionParams edition) {
        Representation shape = Representation.parse(null, include, SectionResponse.class,
                Set.of(SectionCollections.INCLUDE));
        return sections.getBySlug(slug, shape.includes(SectionCollections.INCLUDE), edition.lang,
                edition.acceptLanguage);
    }
}
