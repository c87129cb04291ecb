package dev.newsdesk.collection;

import dev.newsdesk.article.ArticleIncludes;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.collection.api.CollectionList;
import dev.newsdesk.collection.api.CollectionResponse;
import dev.newsdesk.edition.EditionParams;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import dev.newsdesk.web.request.Shaped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
public class CollectionResource {

    /** How curated items meet editions; related stories follow the same rule. */
    static final String EDITION_RULE = "In the edition asked for (lang, else Accept-Language, else the default; "
            + "Content-Language names it): an article that has a published translation in that edition is shown as "
            + "that translation, the others as they are, each item's language saying which; an article chosen "
            + "together with its translation is shown once. lang=* shows every item as chosen.";

    private final CollectionService collections;

    public CollectionResource(CollectionService collections) {
        this.collections = collections;
    }

    @GET
    @Operation(operationId = "listCollections", summary = "List curated collections",
            description = "Every collection with its visible articles in the editors' order, by name; "
                    + "with section, only that section's collections. " + EDITION_RULE)
    @APIResponse(responseCode = "200", description = "The collections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollectionList.class)))
    public CollectionList list(
            @Parameter(description = "Only the collections of this section (by slug).", example = "international",
                    schema = @Schema(pattern = RequestParams.SLUG_PATTERN, maxLength = RequestParams.SLUG_MAX_LENGTH))
            @QueryParam("section") String section,
            @BeanParam EditionParams edition) {
        RequestParams params = new RequestParams();
        String sectionSlug = params.slug("section", section);
        params.throwIfInvalid();
        return collections.list(sectionSlug, edition.lang, edition.acceptLanguage);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getCollection", summary = "Get a curated collection by slug",
            description = "The collection's articles as summaries in the editors' order. Articles readers cannot "
                    + "see (drafts, scheduled, expired, withdrawn) are silently left out. " + EDITION_RULE)
    @APIResponse(responseCode = "200", description = "The collection.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollectionResponse.class)))
    public Shaped<CollectionResponse> get(
            @Parameter(description = "The collection's slug.", example = "editors-pick",
                    schema = @Schema(maxLength = 120))
            @PathParam("slug") String slug,
            @Parameter(description = "Comma-separated top-level fields of each item (id is always returned).",
                    example = "headline,canonicalPath,leadMedia")
            @QueryParam("fields") String fields,
            @Parameter(description = "Related objects to embed in each item under included: authors, tags, section, "
                    + "media.", example = "tags")
            @QueryParam("include") String include,
            @BeanParam EditionParams edition) {
        return collections.getBySlug(slug,
                Representation.parse(fields, include, ArticleSummary.class, ArticleIncludes.ALL), edition.lang,
                edition.acceptLanguage);
    }
}
