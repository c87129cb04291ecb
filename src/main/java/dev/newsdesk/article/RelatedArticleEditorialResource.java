package dev.newsdesk.article;

import dev.newsdesk.article.api.RelatedPins;
import dev.newsdesk.security.Editor;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editorial/articles/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial related")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.EDITOR_NAME)
public class RelatedArticleEditorialResource {

    private final RelatedArticleService related;
    private final SecurityIdentity identity;

    public RelatedArticleEditorialResource(RelatedArticleService related, SecurityIdentity identity) {
        this.related = related;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getRelatedPins", summary = "Get the related articles pinned to an article",
            description = "The ids editors pinned, in order, visible or not, and the ETag to send as If-Match when "
                    + "replacing them. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The pins.",
            content = @Content(schema = @Schema(implementation = RelatedPins.class)))
    public Response get(@Parameter(description = "The article's id.") @PathParam("id") UUID id) {
        return answer(related.pins(id).relatedIds());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRelatedPins", summary = "Pin related articles to an article",
            description = "The list sent replaces the pins. Pinned articles lead the article's related stories, in "
                    + "this order, whenever readers can see them. Editor role while the article is not published; "
                    + "a published article's pins are what its readers see, so changing them takes a publisher "
                    + "(403 for an editor).")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The pins.",
            content = @Content(schema = @Schema(implementation = RelatedPins.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response replace(@Parameter(description = "The article's id.") @PathParam("id") UUID id,
                            @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RelatedPins request) {
        return answer(related.replace(id, request.relatedIds(), ifMatch, Editor.of(identity)));
    }

    private static Response answer(List<UUID> pinnedIds) {
        return Response.ok(new RelatedPins(pinnedIds)).tag(RelatedPinsTag.of(pinnedIds)).build();
    }
}
