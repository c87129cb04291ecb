package dev.newsdesk.web.openapi;

import dev.newsdesk.web.problem.Problem;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract-wide parts of the OpenAPI document: info, tags and the shared problem responses. */
@OpenAPIDefinition(
        info = @Info(title = "Newsdesk API", version = "1.0.0",
                description = "Headless news content API. The delivery API (/api/v1) is public, read-only and serves "
                        + "only published content. Timestamps are RFC 3339 in the newsroom's offset. Every error is "
                        + "application/problem+json (RFC 9457) with a stable code. The editorial API "
                        + "(/api/v1/editorial) needs an API key (`Authorization: Bearer <key>`). A method that a "
                        + "path does not list here, such as GET /api/v1/editorial/authors/, answers 405 "
                        + "(application/problem+json, code METHOD_NOT_ALLOWED).",
                contact = @Contact(name = "Newsdesk API maintainers", email = "api@news.example.com",
                        url = "https://news.example.com/developers"),
                license = @License(name = "Apache-2.0",
                        url = "https://www.apache.org/licenses/LICENSE-2.0")),
        // Relative: the instance that serves this document (Swagger UI's "Try it out" calls it, whatever its host).
        servers = @Server(url = "/", description = "The Newsdesk instance serving this document"),
        tags = {
                @Tag(name = "Articles", description = "Published articles: lists with filters and cursors, and single articles."),
                @Tag(name = "Sections", description = "The sections of the site, such as International."),
                @Tag(name = "Authors", description = "Writers and photographers."),
                @Tag(name = "Tags", description = "Topics, people, organizations and places."),
                @Tag(name = "Media", description = "Photos and other media with their credits."),
                @Tag(name = "Site", description = "Site settings: name, time zone, navigation menu, notices and editions."),
                @Tag(name = "Collections", description = "Curated, ordered lists of articles such as Editor's Pick."),
                @Tag(name = "Routing", description = "What a site path shows, and where old paths lead now."),
                @Tag(name = "Changes", description = "What changed, in commit order: initial sync, deltas with tombstones, live stream."),
                @Tag(name = "Editorial articles", description = "Drafts, edits, publishing and revisions (API key)."),
                @Tag(name = "Editorial sections", description = "Create, change and remove sections (admin key)."),
                @Tag(name = "Editorial authors", description = "Create, change and remove authors (API key)."),
                @Tag(name = "Editorial tags", description = "Create, change and remove tags (API key)."),
                @Tag(name = "Editorial media", description = "Media metadata and URLs (API key)."),
                @Tag(name = "API keys", description = "Create, list and revoke API keys (admin key)."),
                @Tag(name = "Editorial site", description = "Site settings and navigation menu (admin key)."),
                @Tag(name = "Editorial editions", description = "The languages published in, their fallbacks and the default (admin key)."),
                @Tag(name = "Editorial collections", description = "Curate collections such as Editor's Pick (admin key)."),
                @Tag(name = "Editorial related", description = "Related stories pinned to an article (API key)."),
                @Tag(name = "Webhooks", description = "Signed notifications of changes to receivers (admin key)."),
                @Tag(name = "Feeds", description = "RSS 2.0, Atom and JSON Feed of the site, a section, a tag or an "
                        + "author."),
                @Tag(name = "Sitemaps", description = "Sitemap index, monthly sitemaps and the Google News sitemap.")},
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = OpenApiDefinition.API_KEY,
                type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "An editorial API key: `Authorization: Bearer <key>`. Roles: editor < publisher < admin."),
                responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "A parameter is invalid, or the operation does not take a query parameter of "
                                + "that name; errors[] names each one.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalidParameter", value = OpenApiDefinition.BAD_REQUEST))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "Nothing published has this id or slug.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "notFound", value = OpenApiDefinition.NOT_FOUND))),
                @APIResponse(name = "NotAcceptable", responseCode = "406",
                        description = "The Accept header asks for a type other than JSON.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "notAcceptable", value = OpenApiDefinition.NOT_ACCEPTABLE))),
                @APIResponse(name = "MalformedBody", responseCode = "400",
                        description = "The body is not valid JSON, has an unknown field, a field given twice, a "
                                + "value of the wrong type (no conversions: \"true\" is not a boolean, 2.5 not a whole "
                                + "number, 5 not a text), a NUL character or content after the document; or a query "
                                + "parameter is invalid or unknown. errors[] points at each.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "malformed", value = EditorialProblemExamples.MALFORMED))),
                @APIResponse(name = "Unauthorized", responseCode = "401",
                        description = "No API key, or an unknown or revoked one; see the WWW-Authenticate header.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unauthorized", value = EditorialProblemExamples.UNAUTHORIZED))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The key's role may not do this.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "forbidden", value = EditorialProblemExamples.FORBIDDEN))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "The change clashes with the current state: a taken slug, a workflow step "
                                + "that does not apply, something still in use, or (code PENDING_DRAFT) a live edit "
                                + "of an article whose pending draft must be published or discarded first, or (code "
                                + "MEDIA_OUT_OF_RIGHTS) publishing an article whose lead media is out of rights when "
                                + "it would go live.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = {
                                        @ExampleObject(name = "conflict", value = EditorialProblemExamples.CONFLICT),
                                        @ExampleObject(name = "pendingDraft",
                                                value = EditorialProblemExamples.PENDING_DRAFT),
                                        @ExampleObject(name = "mediaOutOfRights",
                                                value = EditorialProblemExamples.MEDIA_OUT_OF_RIGHTS)})),
                @APIResponse(name = "Gone", responseCode = "410",
                        description = "Readers saw this once: an article that was deleted, unpublished or has "
                                + "expired, a media asset whose usage rights have ended (MEDIA_RIGHTS_EXPIRED), or "
                                + "(resolvePath) a section, author, tag or collection that was deleted. The code says "
                                + "which.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = {@ExampleObject(name = "gone", value = EditorialProblemExamples.GONE),
                                        @ExampleObject(name = "mediaRightsExpired",
                                                value = EditorialProblemExamples.MEDIA_RIGHTS_EXPIRED)})),
                @APIResponse(name = "ChangeTokenGone", responseCode = "410",
                        description = "The change-feed token is older than the retention window "
                                + "(newsdesk.changes.retention): start again with an initial sync.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "tokenExpired", value = OpenApiDefinition.TOKEN_GONE))),
                @APIResponse(name = "StreamsBusy", responseCode = "503",
                        description = "This instance has as many change streams open as it may "
                                + "(newsdesk.changes.stream.max-concurrent), or the database is unavailable. "
                                + "Retry after the Retry-After delay.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "tooManyStreams", value = OpenApiDefinition.STREAMS_BUSY))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412",
                        description = "If-Match names an older version: someone changed it meanwhile. Nothing was changed.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "stale", value = EditorialProblemExamples.PRECONDITION_FAILED))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The body is larger than allowed.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "tooLarge", value = EditorialProblemExamples.PAYLOAD_TOO_LARGE))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                        description = "The body has a content type this operation does not take.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unsupported", value = EditorialProblemExamples.UNSUPPORTED_MEDIA_TYPE))),
                @APIResponse(name = "Unprocessable", responseCode = "422",
                        description = "The body is well-formed but invalid; errors[] points at each bad field.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalid", value = EditorialProblemExamples.UNPROCESSABLE))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428",
                        description = "The change needs an If-Match header with the ETag of your last GET.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "ifMatchMissing", value = EditorialProblemExamples.PRECONDITION_REQUIRED))),
                @APIResponse(name = "TooManyRequests", responseCode = "429",
                        description = "A rate limit's budget is spent (per API key, or per client address without a "
                                + "valid key; the delivery and editorial APIs have budgets of their own, and so have "
                                + "failed key attempts). Nothing was done. Retry after the Retry-After delay.",
                        headers = {
                                @Header(name = "Retry-After", description = "Seconds until the budget is restored.",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                @Header(name = "RateLimit-Policy", description = OpenApiDefinition.POLICY_HEADER,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Header(name = "RateLimit", description = OpenApiDefinition.LIMIT_HEADER,
                                        schema = @Schema(type = SchemaType.STRING))},
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "rateLimited", value = OpenApiDefinition.RATE_LIMITED))),
                @APIResponse(name = "ServiceUnavailable", responseCode = "503",
                        description = "The database is unavailable (down, unreachable or not answering in time); "
                                + "nothing was changed. Retry after the Retry-After delay.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "databaseUnavailable", value = OpenApiDefinition.UNAVAILABLE))),
                @APIResponse(name = "InternalError", responseCode = "500",
                        description = "An unexpected error; the detail carries an incident id for the logs.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "internalError", value = OpenApiDefinition.INTERNAL)))}))
public class OpenApiDefinition extends Application {

    /**
     * Ids of the sample newsroom's "Pacific ports" article and its lead photo (sample/SampleDataLoader derives them
     * from the slug and key), the examples of the required id parameters: Swagger UI pre-fills those, so "Try it
     * out" on a fresh install finds something.
     */
    public static final String SAMPLE_ARTICLE_ID = "fcba8de1-5c54-3612-9ac0-26597f40c8d2";
    public static final String SAMPLE_MEDIA_ID = "4b935d96-8de4-3bc1-80ea-407781ea12a8";

    /** Name of the editorial API's security scheme, for {@code @SecurityRequirement}. */
    public static final String API_KEY = "apiKey";

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
    /** The two fields of draft-ietf-httpapi-ratelimit-headers-10, as every rate-limited answer carries them. */
    public static final String POLICY_HEADER = "The budget this request spent (draft-ietf-httpapi-ratelimit-headers-10): "
            + "`\"name\";q=<requests>;w=<window seconds>`, e.g. `\"delivery-address\";q=1200;w=60`.";
    public static final String LIMIT_HEADER = "What is left of it (draft-ietf-httpapi-ratelimit-headers-10): "
            + "`\"name\";r=<remaining requests>;t=<seconds until restored>`, e.g. `\"delivery-address\";r=1187;t=42`.";
    static final String RATE_LIMITED = """
            {"type":"urn:newsdesk:problem:rate-limited","title":"Too many requests","status":429,\
            "detail":"The delivery-address budget of 1200 requests per 60 s is spent; retry after 42 s",\
            "instance":"/api/v1/articles","code":"RATE_LIMITED"}""";
    static final String TOKEN_GONE = """
            {"type":"about:blank","title":"Gone","status":410,"code":"GONE","detail":"Changes after this token are \
            no longer kept; start again with an initial sync (GET /api/v1/changes without a token)",\
            "instance":"/api/v1/changes","errors":[]}""";
    static final String STREAMS_BUSY = """
            {"type":"about:blank","title":"Service unavailable","status":503,"code":"SERVICE_UNAVAILABLE","detail":\
            "This instance serves as many change streams as it may; retry after the Retry-After delay, or poll GET \
            /api/v1/changes","instance":"/api/v1/changes/stream","errors":[]}""";
    static final String UNAVAILABLE = """
            {"type":"urn:newsdesk:problem:service-unavailable","title":"Service unavailable","status":503,\
            "detail":"The database is unavailable; try again after the Retry-After delay","instance":"/api/v1/articles",\
            "code":"SERVICE_UNAVAILABLE"}""";
    static final String INTERNAL = """
            {"type":"urn:newsdesk:problem:internal-error","title":"Internal server error","status":500,\
            "detail":"An unexpected error occurred; quote incident 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b when reporting it",\
            "instance":"/api/v1/articles","code":"INTERNAL_ERROR"}""";
}
