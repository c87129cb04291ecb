package dev.newsdesk.web.openapi;

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
 * <li>every operation documents the errors any request can meet (406, 500); one with a request body also those of
 * any body (413, 415), and one that takes If-Match those of its precondition (412, 428);</li>
 * <li>schemas that only ever appear in responses list all their properties as required: the API always writes
 * every field (null where the schema says nullable), and client generators should know that. Two exceptions are
 * declared where they arise: a property marked {@code x-optional} is only written on request (include=, q=),
 * and a schema marked {@code x-sparse-fieldset} can be trimmed by fields= to any subset, so only its id is
 * always there;</li>
 * <li>every JSON success response carries an example, assembled from the property examples of its schema.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    public static final String OPTIONAL = "x-optional";
    public static final String SPARSE_FIELDSET = "x-sparse-fieldset";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        List<Schema> responseRoots = new ArrayList<>();
        List<Schema> requestRoots = new ArrayList<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                addCommonResponses(operation);
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
        Set<String> requestOnly = reachable(requestRoots, schemas);
        for (String name : reachable(responseRoots, schemas)) {
            Schema schema = schemas.get(name);
            if (!requestOnly.contains(name) && schema.getProperties() != null && schema.getOneOf() == null) {
                schema.setRequired(requiredProperties(schema));
            }
        }
    }

    private static List<String> requiredProperties(Schema schema) {
        if (marked(schema, SPARSE_FIELDSET)) {
            return schema.getProperties().containsKey("id") ? List.of("id") : List.of();
        }
        return schema.getProperties().entrySet().stream().filter(p -> !marked(p.getValue(), OPTIONAL))
                .map(Map.Entry::getKey).toList();
    }

    private static boolean marked(Schema schema, String extension) {
        Object value = schema.getExtensions() == null ? null : schema.getExtensions().get(extension);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private static void addCommonResponses(Operation operation) {
        addIfAbsent(operation, "406", "NotAcceptable");
        addIfAbsent(operation, "500", "InternalError");
        if (operation.getRequestBody() != null) {
            addIfAbsent(operation, "413", "PayloadTooLarge");
            addIfAbsent(operation, "415", "UnsupportedMediaType");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            addIfAbsent(operation, "412", "PreconditionFailed");
            addIfAbsent(operation, "428", "PreconditionRequired");
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
            json.setExample(example(json.getSchema(), schemas, 0));
        }
    }

    /** An example value for a schema: its own example, else one assembled from its parts. */
    private static Object example(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > 12) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            return example(schemas.get(schema.getRef().replace(SCHEMAS, "")), schemas, depth + 1);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), schemas, depth + 1);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return example(schema.getOneOf().get(0), schemas, depth + 1);
        }
        if (schema.getAnyOf() != null) {
            // A nullable reference is modelled as anyOf [the reference, null]: show the non-null shape.
            return schema.getAnyOf().stream().map(option -> example(option, schemas, depth + 1))
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
            schema.getProperties().forEach((name, property) -> object.put(name, example(property, schemas, depth + 1)));
            return object;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = example(schema.getItems(), schemas, depth + 1);
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
