package dev.newsdesk.article;

import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.TranslationCreateRequest;
import dev.newsdesk.article.api.TranslationList;
import dev.newsdesk.article.api.TranslationSyncRequest;
import dev.newsdesk.security.Editor;
import dev.newsdesk.security.Role;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.openapi.OpenApiDefinition;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An article's translation group: the translations editors start from it, and the whole group with what is stale. */
@Path("/api/v1/editorial/articles/{id}/translations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial articles")
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@RolesAllowed(Role.EDITOR_NAME)
public class TranslationEditorialResource {

    private final ArticleEditorialService articles;
    private final ArticleContentService content;
    private final SecurityIdentity identity;

    public TranslationEditorialResource(ArticleEditorialService articles, ArticleContentService content,
                                        SecurityIdentity identity) {
        this.articles = articles;
        this.content = content;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listTranslations", summary = "List an article's translation group",
            description = "Every article of the group the article belongs to, in any state, the original first, "
                    + "each with stale: true when the article it was translated from changed (an edit or a "
                    + "correction, not a minor edit) after the translation was last edited or marked in sync "
                    + "(markTranslationInSync). Editor role.")
    @APIResponse(responseCode = "200", description = "The translation group.",
            content = @Content(schema = @Schema(implementation = TranslationList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TranslationList list(@Parameter(description = "Any article of the group.") @PathParam("id") UUID id) {
        return articles.translations(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTranslation", summary = "Start a translation of an article",
            description = "A new draft in another edition, in the article's translation group: section, byline, "
                    + "tags, lead media, body and SEO image and robots copied from the article, with its own slug, "
                    + "workflow, revisions and timestamps. Once published, every published article of the group "
                    + "lists it among its alternates. A language that is no edition is a 422; a group that already "
                    + "has an article in that edition a 409. Editor role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "The new translation, a draft.",
            headers = @Header(name = "Location", description = "The translation's editorial URL.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@Parameter(description = "The article to translate.") @PathParam("id") UUID id,
                           @NotNull @Valid TranslationCreateRequest request) {
        Versioned<EditorialArticle> created = content.translate(id, request, Editor.of(identity));
        return created.toResponse(Response.created(URI.create("/api/v1/editorial/articles/" + created.body().id())));
    }

    @POST
    @Path("in-sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markTranslationInSync", summary = "Mark a translation reviewed against its source",
            description = "Records that the translation (the article of the path) was checked against its "
                    + "source's revision sourceRevision, the source's newest: stale becomes false, for editors and "
                    + "readers, until the source changes again (an edit or a correction, not a minor edit). No "
                    + "content changes and no revision is recorded; the article's ETag changes. 409: the article is "
                    + "an original, it or its source was deleted, or the source has a revision newer than "
                    + "sourceRevision (review it again); 422: the source has no such revision. Editor role; a "
                    + "published translation, whose readers see the flag, takes the publisher role.")
    @Extension(name = ContractFilter.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The translation, in step with its source.",
            content = @Content(schema = @Schema(implementation = EditorialArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response markInSync(@BeanParam ArticleChangeParams translation,
                               @NotNull @Valid TranslationSyncRequest request) {
        return content.markInSync(translation.id(), translation.expected(), request, Editor.of(identity))
                .toResponse(Response.ok());
    }
}
