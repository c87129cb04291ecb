package dev.newsdesk.edition;

import dev.newsdesk.edition.api.EditionsResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class EditionResource {

    private final EditionService editions;

    public EditionResource(EditionService editions) {
        this.editions = editions;
    }

    @GET
    @Operation(operationId = "listEditions", summary = "List the editions",
            description = "The languages the site is published in, the default one, and each edition's fallback "
                    + "chain: what a language switcher offers, and the values lang takes on every delivery "
                    + "operation. The answer is the same for every reader: Content-Language lists every edition "
                    + "(en, ko, ja), and it does not vary with Accept-Language.")
    @APIResponse(responseCode = "200", description = "The editions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditionsResponse.class)))
    public EditionsResponse list() {
        return editions.deliver();
    }
}
