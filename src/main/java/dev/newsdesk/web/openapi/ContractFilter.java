package dev.newsdesk.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Contract-wide conventions applied to the generated OpenAPI document, so no resource has to repeat them:
 * <ul>
 * <li>every operation documents the errors any request can meet (400 for a query parameter it does not take or a
 * bad one, 406, 429 once a rate limit is spent, 500, and 503 while the database is unavailable: every operation
 * reads it); a secured one those of its key (401, 403); one with a request body those of any body (400 malformed,
 * 413, 415); one with a path parameter the 404 of what it names; and one that takes If-Match those of its
 * precondition (412, 428);</li>
 * <li>every success (and the shared 304) carries the rate-limit headers RateLimit-Policy and RateLimit;</li>
 * <li>an operation marked {@code x-etag} answers its 200/201 with the ETag of the version it returns, and a
 * response whose schema is a page ({@code …Page}) carries the RFC 8288 Link header;</li>
 * <li>schemas that only ever appear in responses list all their properties as required: the API always writes
 * every field (null where the schema says nullable), and client generators should know that. Two exceptions are
 * declared where they arise: a property marked {@code x-optional} is only written on request (include=, q=),
 * and a schema marked {@code x-sparse-fieldset} can be trimmed by fields= to any subset, so only its id is
 * always there;</li>
 * <li>every JSON success response carries an example, assembled from the property examples of its schema;</li>
 * <li>an operation without a security requirement says so with an empty one ({@code security: []}): the public
 * delivery API needs no key, and the document states it rather than leaving readers (and Redocly's
 * security-defined rule) to guess;</li>
 * <li>the document stays valid OpenAPI 3.0 for strict readers and Swagger UI: nullable references and untyped
 * parameters ({@link ContractSchemas}), optional parameters' examples ({@link ContractParameters}), placeholders in
 * descriptions ({@link ContractText}). .ci/lint-contract.sh holds the result to Spectral's and Redocly's rules.</li>
 * </ul>
 * It runs once, at build time: the document it produces is what the application serves (running it again at every
 * start cost about 2% of the start-up's CPU).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    public static final String OPTIONAL = "x-optional";
    public static final String SPARSE_FIELDSET = "x-sparse-fieldset";
    /** Marks an operation whose 200/201 answer carries the ETag of the version it returns. */
    public static final String ETAG = "x-etag";
    private static final String ETAG_DESCRIPTION = "Strong ETag of this version; send it as If-Match to change it.";
    private static final String LINK_DESCRIPTION = "RFC 8288 links: rel=\"self\" and, unless last, rel=\"next\".";
    private static final String FEED_LINK_DESCRIPTION =
            "rel=\"self\" (this feed), when a WebSub hub is configured rel=\"hub\", and on a site with several "
                    + "editions one rel=\"alternate\" per edition (hreflang, type): the same feed in each edition.";
    private static final String FEED_LANGUAGE_DESCRIPTION = "The edition the feed is in (lang, else the default).";
    private static final String CONTENT_LANGUAGE_DESCRIPTION = "The language of the text served (BCP 47): the "
            + "edition the answer is in (a list: the edition listed; lang=*: every edition, comma-separated), an "
            + "article's own language (also for its public revisions), the default edition for media. Vary: "
            + "Accept-Language comes with it exactly when that header took part in the choice.";
    private static final String SITEMAP_LINK_DESCRIPTION = "rel=\"self\": where crawlers fetch this file.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        List<Schema> responseRoots = new ArrayList<>();
        List<Schema> requestRoots = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                addCommonResponses(operation);
                addResponseHeaders(operation);
                addSyndicationLink(path.getKey(), operation);
                addContentLanguage(path.getKey(), operation);
                if (operation.getRequestBody() != null) {
                    requestRoots.addAll(schemasOf(operation.getRequestBody().getContent()));
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    responseRoots.addAll(schemasOf(response.getContent()));
                    addExample(response, schemas);
                }
                // Readers scan responses by status: list them in numeric order, wherever they were declared.
                operation.getResponses().setAPIResponses(new java.util.TreeMap<>(
                        operation.getResponses().getAPIResponses()));
            }
        }
        RateLimitHeaders.document(openAPI);
        Set<String> requestOnly = reachable(requestRoots, schemas);
        for (String name : reachable(responseRoots, schemas)) {
            Schema schema = schemas.get(name);
            if (!requestOnly.contains(name) && schema.getProperties() != null && schema.getOneOf() == null) {
                schema.setRequired(requiredProperties(schema));
            }
        }
        markPublicOperations(openAPI);
        // Last: these copy referenced schemas (with the required lists set above) and rewrite texts.
        ContractParameters.apply(openAPI);
        ContractSchemas.apply(openAPI);
        ContractText.apply(openAPI);
    }

    private static void markPublicOperations(OpenAPI openAPI) {
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(new ArrayList<>());
                }
            }
        }
    }

    private static List<String> requiredProperties(Schema schema) {
        if (marked(schema, SPARSE_FIELDSET)) {
            return schema.getProperties().containsKey("id") ? List.of("id") : null;
        }
        List<String> required = schema.getProperties().entrySet().stream()
                .filter(p -> !marked(p.getValue(), OPTIONAL)).map(Map.Entry::getKey).toList();
        return required.isEmpty() ? null : required; // OpenAPI 3.0 refuses an empty required list
    }

    private static boolean marked(Schema schema, String extension) {
        Object value = schema.getExtensions() == null ? null : schema.getExtensions().get(extension);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private static void addCommonResponses(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        addIfAbsent(operation, "406", "NotAcceptable");
        addIfAbsent(operation, "500", "InternalError");
        addIfAbsent(operation, "429", "TooManyRequests");
        addIfAbsent(operation, "503", "ServiceUnavailable");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(operation, "401", "Unauthorized");
            addIfAbsent(operation, "403", "Forbidden");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(operation, "400", "MalformedBody");
            addIfAbsent(operation, "413", "PayloadTooLarge");
            addIfAbsent(operation, "415", "UnsupportedMediaType");
        }
        // Any operation refuses a query parameter it does not declare (web/request/QueryParameterCheck).
        addIfAbsent(operation, "400", "BadRequest");
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            addIfAbsent(operation, "404", "NotFound");
        }
        if (parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            addIfAbsent(operation, "412", "PreconditionFailed");
            addIfAbsent(operation, "428", "PreconditionRequired");
        }
    }

    private static void addResponseHeaders(Operation operation) {
        // SmallRye copies a method's @Extension onto the operation, its responses and its request body: take it
        // from all of them, it is a marker for this filter, not part of the contract.
        boolean etag = takeMarker(operation) | takeMarker(operation.getResponses())
                | takeMarker(operation.getRequestBody());
        operation.getResponses().getAPIResponses().values().forEach(ContractFilter::takeMarker);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (etag && (status.equals("200") || status.equals("201"))) {
                addHeaderIfAbsent(response, "ETag", ETAG_DESCRIPTION);
            }
            if (status.equals("200") && schemasOf(response.getContent()).stream()
                    .anyMatch(schema -> schema.getRef() != null && schema.getRef().endsWith("Page"))) {
                addHeaderIfAbsent(response, "Link", LINK_DESCRIPTION);
            }
        });
    }

    /**
     * Every delivery answer that carries content names its language. Feeds, sitemaps and the change feed describe
     * their own; routing answers (resolve) carry no text.
     */
    private static void addContentLanguage(String path, Operation operation) {
        boolean delivery = path.startsWith("/api/v1/") && !path.startsWith("/api/v1/editorial")
                && !path.startsWith("/api/v1/feeds/") && !path.startsWith("/api/v1/sitemaps")
                && !path.startsWith("/api/v1/changes") && !path.startsWith("/api/v1/resolve");
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (delivery && ok != null && ok.getContent() != null) {
            addHeaderIfAbsent(ok, "Content-Language", CONTENT_LANGUAGE_DESCRIPTION);
        }
    }

    /** Every feed and sitemap names where it is fetched (a feed also its WebSub hub): one rule for all of them. */
    private static void addSyndicationLink(String path, Operation operation) {
        String description = path.startsWith("/api/v1/feeds/") ? FEED_LINK_DESCRIPTION
                : path.startsWith("/api/v1/sitemaps/") ? SITEMAP_LINK_DESCRIPTION : null;
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (description != null && ok != null) {
            addHeaderIfAbsent(ok, "Link", description);
            // Sitemaps have none: they list every edition's URLs, each entry naming its language (hreflang).
            if (path.startsWith("/api/v1/feeds/")) {
                addHeaderIfAbsent(ok, "Content-Language", FEED_LANGUAGE_DESCRIPTION);
            }
        }
    }

    private static boolean takeMarker(org.eclipse.microprofile.openapi.models.Extensible<?> element) {
        if (element == null || element.getExtensions() == null || !element.getExtensions().containsKey(ETAG)) {
            return false;
        }
        element.removeExtension(ETAG);
        return true;
    }

    private static void addHeaderIfAbsent(APIResponse response, String name, String description) {
        if (response.getRef() == null && (response.getHeaders() == null || !response.getHeaders().containsKey(name))) {
            response.addHeader(name, OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static void addIfAbsent(Operation operation, String status, String ref) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static void addExample(APIResponse response, Map<String, Schema> schemas) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType json = response.getContent().getMediaTypes().get("application/json");
        if (json != null && json.getSchema() != null && json.getExample() == null
                && (json.getExamples() == null || json.getExamples().isEmpty())) {
            json.setExample(example(json.getSchema(), schemas, new ArrayDeque<>()));
        }
    }

    /**
     * An example value for a schema: its own example, else one assembled from its parts. A reference already being
     * expanded (a menu entry's children) stops the expansion there, however deep the document nests.
     */
    private static Object example(Schema schema, Map<String, Schema> schemas, Deque<String> expanding) {
        if (schema == null || expanding.size() > 40) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().replace(SCHEMAS, "");
            if (expanding.contains(name)) {
                return null;
            }
            expanding.push(name);
            try {
                return example(schemas.get(name), schemas, expanding);
            } finally {
                expanding.pop();
            }
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), schemas, expanding);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return example(schema.getOneOf().get(0), schemas, expanding);
        }
        if (schema.getAnyOf() != null) {
            // A nullable reference is modelled as anyOf [the reference, null]: show the non-null shape.
            return schema.getAnyOf().stream().map(option -> example(option, schemas, expanding))
                    .filter(value -> value != null).findFirst().orElse(null);
        }
        if (schema.getConstValue() != null) {
            return schema.getConstValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> object.put(name, example(property, schemas, expanding)));
            return object;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = example(schema.getItems(), schemas, expanding);
            return item == null ? List.of() : List.of(item);
        }
        return null;
    }

    private static List<Schema> schemasOf(Content content) {
        List<Schema> found = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(s -> s != null)
                    .forEach(found::add);
        }
        return found;
    }

    /** Names of the component schemas reachable from the given schemas. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().replace(SCHEMAS, "");
                if (names.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            for (List<Schema> parts : new ArrayList<List<Schema>>(java.util.Arrays.asList(schema.getAllOf(),
                    schema.getOneOf(), schema.getAnyOf()))) {
                if (parts != null) {
                    parts.forEach(pending::push);
                }
            }
        }
        return names;
    }
}
