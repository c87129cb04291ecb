package dev.newsdesk.article;

import dev.newsdesk.article.api.RelatedPins;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    public RelatedArticleEditorialResource(RelatedArticleService related) {
        this.related = related;
    }

    @GET
    @Operation(operationId = "getRelatedPins", summary = "Get the related articles pinned to an article",
            description = "The ids editors pinned, in order, visible or not. Editor role.")
    @APIResponse(responseCode = "200", description = "The pins.",
            content = @Content(schema = @Schema(implementation = RelatedPins.class)))
    public RelatedPins get(@Parameter(description = "The article's id.") @PathParam("id") UUID id) {
        return related.pins(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRelatedPins", summary = "Pin related articles to an article",
            description = "The list sent replaces the pins. Pinned articles lead the article's related stories, in "
                    + "this order, whenever readers can see them. Editor role.")
    @APIResponse(responseCode = "200", description = "The pins.",
            content = @Content(schema = @Schema(implementation = RelatedPins.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RelatedPins replace(@Parameter(description = "The article's id.") @PathParam("id") UUID id,
                               @NotNull @Valid RelatedPins request) {
        related.pin(id, request.relatedIds());
        return related.pins(id);
    }
}
