package dev.newsdesk.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The entry point of HTTP tests. Every response is checked against the committed OpenAPI document, so the
 * contract cannot drift from what the API really answers. Requests are not checked: tests send bad ones on purpose.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("openapi", "openapi.json");

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(validatorReadyContract())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** REST Assured asks for gzip and decodes it unless told not to: for requests that choose Accept-Encoding. */
    public static final RestAssuredConfig NO_DECODERS = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** A request whose response must match the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT_FILTER);
    }

    /**
     * The contract writes a nullable object property the OpenAPI 3.0 way, {@code nullable: true} beside
     * {@code allOf: [$ref]}; the validator ignores a nullable beside allOf, so each such property gets the
     * referenced schema inlined with nullable set. Everything else is validated exactly as committed.
     */
    private static String validatorReadyContract() {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode doc = json.readTree(CONTRACT.toFile());
            inlineNullableRefs(doc, doc.path("components").path("schemas"));
            return json.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inlineNullableRefs(JsonNode node, JsonNode schemas) {
        if (node instanceof ObjectNode object) {
            if (object.path("nullable").asBoolean() && object.path("allOf") instanceof ArrayNode allOf
                    && allOf.size() == 1 && allOf.get(0).has("$ref")) {
                String name = allOf.get(0).get("$ref").asText().replace("#/components/schemas/", "");
                object.remove("allOf");
                ObjectNode target = (ObjectNode) schemas.get(name).deepCopy();
                target.fields().forEachRemaining(f -> object.putIfAbsent(f.getKey(), f.getValue()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                inlineNullableRefs(it.next().getValue(), schemas);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> inlineNullableRefs(child, schemas));
        }
    }
}
