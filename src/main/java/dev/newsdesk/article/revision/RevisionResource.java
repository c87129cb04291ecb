package dev.newsdesk.article.revision;

import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.article.revision.api.PublicRevisionList;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class RevisionResource {

    private final RevisionService revisions;

    public RevisionResource(RevisionService revisions) {
        this.revisions = revisions;
    }

    @GET
    @Operation(operationId = "listArticleRevisions", summary = "List the versions readers saw",
            description = "The article's history as readers saw it, oldest first: first publication, edits, and "
                    + "corrections with their notes. Draft edits and other changes readers never saw are not listed.")
    @APIResponse(responseCode = "200", description = "The public revisions.",
            content = @Content(schema = @Schema(implementation = PublicRevisionList.class)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public PublicRevisionList list(@Parameter(description = "The article's public id.",
            example = OpenApiDefinition.SAMPLE_ARTICLE_ID) @PathParam("id") UUID id) {
        return revisions.seenByReaders(id);
    }
}
