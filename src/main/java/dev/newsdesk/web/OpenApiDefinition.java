package dev.newsdesk.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract-wide parts of the OpenAPI document: info, tags and the shared problem responses. */
@OpenAPIDefinition(
        info = @Info(title = "Newsdesk API", version = "1.0.0",
                description = "Headless news content API. The delivery API (/api/v1) is public, read-only and serves "
                        + "only published content. Timestamps are RFC 3339 in the newsroom's offset. Every error is "
                        + "application/problem+json (RFC 9457) with a stable code.",
                license = @License(name = "Proprietary")),
        tags = {
                @Tag(name = "Articles", description = "Published articles: lists with filters and cursors, and single articles."),
                @Tag(name = "Sections", description = "The sections of the site, such as International."),
                @Tag(name = "Authors", description = "Writers and photographers."),
                @Tag(name = "Tags", description = "Topics, people, organizations and places."),
                @Tag(name = "Media", description = "Photos and other media with their credits."),
                @Tag(name = "Site", description = "Site settings: name, time zone, navigation menu and notices."),
                @Tag(name = "Collections", description = "Curated, ordered lists of articles such as Editor's Pick.")},
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "A parameter is invalid; errors[] names each one.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalidParameter", value = OpenApiDefinition.BAD_REQUEST))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "Nothing published has this id or slug.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "notFound", value = OpenApiDefinition.NOT_FOUND))),
                @APIResponse(name = "NotAcceptable", responseCode = "406",
                        description = "The Accept header asks for a type other than JSON.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "notAcceptable", value = OpenApiDefinition.NOT_ACCEPTABLE))),
                @APIResponse(name = "InternalError", responseCode = "500",
                        description = "An unexpected error; the detail carries an incident id for the logs.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "internalError", value = OpenApiDefinition.INTERNAL)))}))
public class OpenApiDefinition extends Application {

    static final String BAD_REQUEST = """
            {"type":"urn:newsdesk:problem:invalid-parameter","title":"Invalid parameter","status":400,\
            "detail":"limit: must be between 1 and 100","instance":"/api/v1/articles","code":"INVALID_PARAMETER",\
            "errors":[{"parameter":"limit","message":"must be between 1 and 100"}]}""";
    static final String NOT_FOUND = """
            {"type":"urn:newsdesk:problem:not-found","title":"Not found","status":404,\
            "detail":"No article 'no-such-story'","instance":"/api/v1/articles/by-slug/no-such-story","code":"NOT_FOUND"}""";
    static final String NOT_ACCEPTABLE = """
            {"type":"urn:newsdesk:problem:not-acceptable","title":"Not acceptable","status":406,\
            "detail":"This resource is only available as application/json","instance":"/api/v1/articles",\
            "code":"NOT_ACCEPTABLE"}""";
    static final String INTERNAL = """
            {"type":"urn:newsdesk:problem:internal-error","title":"Internal server error","status":500,\
            "detail":"An unexpected error occurred; quote incident 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b when reporting it",\
            "instance":"/api/v1/articles","code":"INTERNAL_ERROR"}""";
}
