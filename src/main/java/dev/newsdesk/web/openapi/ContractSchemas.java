package dev.newsdesk.web.openapi;

import io.smallrye.openapi.internal.models.media.SchemaSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Schema conventions of {@link ContractFilter} that keep the OpenAPI 3.0 document valid for strict readers (the
 * Spectral and Redocly linters of .ci/lint-contract.sh, and the response validator of the tests, which reads the
 * committed document as it is):
 * <ul>
 * <li>A nullable reference. SmallRye writes it as {@code nullable: true} beside {@code allOf: [$ref]}, often without
 * a {@code type}. In OpenAPI 3.0 {@code nullable} only widens the {@code type} of its own schema, so null still fails
 * the {@code allOf}: the document said "never null" where the API sends null (a URL menu entry's {@code section}).
 * The referenced schema is copied in instead, its type widened by null: what the annotation meant, said validly.</li>
 * <li>A schema with string constraints (enum of strings, pattern, lengths) but no type, as SmallRye makes of a
 * parameter typed by a converter: it gets {@code type: string}, not "any value".</li>
 * <li>A component schema that was only referenced as nullable, and so is copied wherever it was used, is removed
 * rather than left unused.</li>
 * </ul>
 */
final class ContractSchemas {

    private static final String SCHEMAS = "#/components/schemas/";

    private ContractSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null ? Map.of() : openAPI.getComponents().getSchemas();
        Set<String> referencedBefore = referencedSchemas(openAPI);
        forEachSchema(openAPI, schema -> {
            inlineNullableReference(schema, components);
            typeStringConstraints(schema);
        });
        // A schema only ever referenced as nullable is now copied wherever it was used: its component would be
        // an unused one, which the linters report.
        referencedBefore.removeAll(referencedSchemas(openAPI));
        referencedBefore.forEach(name -> openAPI.getComponents().removeSchema(name));
    }

    private static Set<String> referencedSchemas(OpenAPI openAPI) {
        Set<String> names = new java.util.HashSet<>();
        forEachSchema(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                names.add(schema.getRef().substring(SCHEMAS.length()));
            }
        });
        return names;
    }

    private static void inlineNullableReference(Schema schema, Map<String, Schema> components) {
        String ref = nullableReference(schema);
        Schema target = ref == null ? null : components.get(ref.replace(SCHEMAS, ""));
        if (target == null || target.getType() == null || target.getType().isEmpty()) {
            return; // nothing to widen: left as it is, and the linters say so
        }
        schema.setAllOf(null);
        schema.setAnyOf(null);
        // The property's own description, example and readOnly win over the referenced schema's.
        target.getAll().forEach((key, value) -> {
            if (!key.startsWith("x-") && !"type".equals(key) && schema.get(key) == null) {
                schema.set(key, value);
            }
        });
        List<Schema.SchemaType> types = new ArrayList<>(target.getType());
        if (!types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        schema.setType(types);
    }

    /**
     * The reference of a nullable reference, else null. SmallRye models one either as {@code anyOf: [$ref, {type:
     * null}]} (written as {@code allOf} plus {@code nullable} for OpenAPI 3.0) or as a nullable {@code allOf: [$ref]}.
     */
    private static String nullableReference(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && anyOf.size() == 2 && schema.getAllOf() == null) {
            Schema first = anyOf.get(0);
            Schema second = anyOf.get(1);
            if (first.getRef() != null && isNullSchema(second)) {
                return first.getRef();
            }
            if (second.getRef() != null && isNullSchema(first)) {
                return second.getRef();
            }
        }
        if (Boolean.TRUE.equals(SchemaSupport.getNullable(schema)) && schema.getAllOf() != null
                && schema.getAllOf().size() == 1 && schema.getAnyOf() == null) {
            return schema.getAllOf().get(0).getRef();
        }
        return null;
    }

    private static boolean isNullSchema(Schema schema) {
        return schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType())
                && schema.getProperties() == null && schema.getAllOf() == null && schema.getAnyOf() == null;
    }

    private static void typeStringConstraints(Schema schema) {
        if ((schema.getType() != null && !schema.getType().isEmpty()) || schema.getRef() != null
                || schema.getAllOf() != null || schema.getAnyOf() != null || schema.getOneOf() != null) {
            return;
        }
        boolean stringEnum = schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()
                && schema.getEnumeration().stream().allMatch(value -> value == null || value instanceof String);
        if (stringEnum || schema.getPattern() != null || schema.getMaxLength() != null
                || schema.getMinLength() != null) {
            boolean nullable = Boolean.TRUE.equals(SchemaSupport.getNullable(schema));
            schema.setType(nullable ? List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)
                    : List.of(Schema.SchemaType.STRING));
        }
    }

    /** Every schema of the document, nested ones included, each once. */
    static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                action.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                this.accept(schema.getItems());
                this.accept(schema.getNot());
                this.accept(schema.getAdditionalPropertiesSchema());
                for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                        schema.getOneOf())) {
                    if (parts != null) {
                        parts.forEach(this);
                    }
                }
            }
        };
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getSchemas() != null) {
                openAPI.getComponents().getSchemas().values().forEach(walk);
            }
            if (openAPI.getComponents().getParameters() != null) {
                openAPI.getComponents().getParameters().values().forEach(p -> parameter(p, walk));
            }
            if (openAPI.getComponents().getHeaders() != null) {
                openAPI.getComponents().getHeaders().values().forEach(h -> header(h, walk));
            }
            if (openAPI.getComponents().getResponses() != null) {
                openAPI.getComponents().getResponses().values().forEach(r -> response(r, walk));
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> {
                if (path.getParameters() != null) {
                    path.getParameters().forEach(p -> parameter(p, walk));
                }
                path.getOperations().values().forEach(operation -> operation(operation, walk));
            });
        }
    }

    private static void operation(Operation operation, Consumer<Schema> walk) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> parameter(p, walk));
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent(), walk);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> response(r, walk));
        }
    }

    private static void parameter(Parameter parameter, Consumer<Schema> walk) {
        walk.accept(parameter.getSchema());
        content(parameter.getContent(), walk);
    }

    private static void header(Header header, Consumer<Schema> walk) {
        walk.accept(header.getSchema());
    }

    private static void response(APIResponse response, Consumer<Schema> walk) {
        content(response.getContent(), walk);
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(h -> header(h, walk));
        }
    }

    private static void content(Content content, Consumer<Schema> walk) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(walk);
        }
    }
}
