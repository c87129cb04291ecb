package dev.newsdesk.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.testing.Api;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The committed contract is valid OpenAPI 3.0 where strict readers look (the linters of .ci/lint-contract.sh check
 * all of it; these are the rules that broke before, checked without Node), and the tests' response validator reads
 * it as committed: what it accepts and refuses is what the document says.
 */
class ContractValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>`\\s][^<>`]*>");

    @Test
    void everyNullableSchemaHasATypeAndNoCompositionThatWouldRefuseNull() throws IOException {
        List<String> defects = new ArrayList<>();
        walk(contract(), "", (pointer, node) -> {
            if (node.path("nullable").asBoolean() && (!node.has("type") || node.has("allOf") || node.has("oneOf")
                    || node.has("anyOf") || node.has("$ref"))) {
                defects.add(pointer);
            }
        });
        assertEquals(List.of(), defects);
    }

    @Test
    void parameterSchemasAreTypedAndOptionalParametersAreNotPrefilled() throws IOException {
        List<String> defects = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> operation.getValue().path("parameters")
                    .forEach(parameter -> {
                        String name = operation.getKey() + " " + path.getKey() + " " + parameter.path("name").asText();
                        JsonNode schema = parameter.path("schema");
                        if (!schema.has("type") && !schema.has("$ref") && !schema.has("allOf")) {
                            defects.add(name + ": schema without type");
                        }
                        if (!parameter.path("required").asBoolean() && parameter.has("example")) {
                            defects.add(name + ": optional with an example Swagger UI would send");
                        }
                        if (parameter.has("example") && schema.path("type").asText().equals("array")
                                && !parameter.path("example").isArray()) {
                            defects.add(name + ": array parameter with a single example");
                        }
                    }));
        }
        assertEquals(List.of(), defects);
    }

    @Test
    void placeholdersInDescriptionsAreCodeSpansSoMarkdownShowsThem() throws IOException {
        List<String> defects = new ArrayList<>();
        walk(contract(), "", (pointer, node) -> {
            for (String field : List.of("description", "summary")) {
                if (node.path(field).isTextual()) {
                    String[] parts = node.path(field).asText().split("`", -1);
                    for (int i = 0; i < parts.length; i += 2) {
                        if (PLACEHOLDER.matcher(parts[i]).find()) {
                            defects.add(pointer + "/" + field);
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), defects);
        assertEquals(ContractText.codePlaceholders("Send `Bearer <key>` or <id>, a < b"),
                "Send `Bearer <key>` or `<id>`, a < b");
    }

    @Test
    void noReferenceCycleThroughSeveralSchemas() throws IOException {
        JsonNode schemas = contract().path("components").path("schemas");
        Map<String, Set<String>> references = new HashMap<>();
        schemas.fields().forEachRemaining(schema -> {
            Set<String> targets = new HashSet<>();
            walk(schema.getValue(), "", (pointer, node) -> {
                if (node.path("$ref").isTextual()) {
                    targets.add(node.path("$ref").asText().replace("#/components/schemas/", ""));
                }
            });
            targets.remove(schema.getKey()); // a tree (a menu entry's children) refers to itself: converters cope
            references.put(schema.getKey(), targets);
        });
        List<String> cycles = new ArrayList<>();
        for (String start : references.keySet()) {
            if (reaches(start, start, references, new HashSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, "schemas on a reference cycle");
    }

    @Test
    void theValidatorReadsTheCommittedContractAsItIs() throws IOException {
        ObjectNode site = (ObjectNode) contract().at("/paths/~1api~1v1~1site/get/responses/200/content/"
                + "application~1json/example").deepCopy();
        ObjectNode urlEntry = (ObjectNode) site.withArray("navigation").get(0).deepCopy();
        urlEntry.put("type", "url").putNull("section").put("href", "https://news.example.com/newsletters");
        site.withArray("navigation").add(urlEntry);
        assertTrue(errors(site).isEmpty(), "a URL entry's null section is what the contract says: " + errors(site));

        ObjectNode wrongType = site.deepCopy();
        ((ObjectNode) wrongType.withArray("navigation").get(0)).put("section", "international");
        assertTrue(errors(wrongType).stream().anyMatch(message -> message.contains("section")), errors(wrongType)
                .toString());

        ObjectNode nullName = site.deepCopy();
        nullName.putNull("name");
        assertTrue(errors(nullName).stream().anyMatch(message -> message.contains("name")), errors(nullName).toString());
    }

    private static List<String> errors(JsonNode body) throws IOException {
        ValidationReport report = Api.CONTRACT_VALIDATOR.validateResponse("/api/v1/site", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json")
                        .withBody(JSON.writeValueAsString(body)).build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).toList();
    }

    private static boolean reaches(String from, String goal, Map<String, Set<String>> references, Set<String> seen) {
        for (String next : references.getOrDefault(from, Set.of())) {
            if (next.equals(goal) || (seen.add(next) && reaches(next, goal, references, seen))) {
                return true;
            }
        }
        return false;
    }

    private interface Visitor {
        void visit(String pointer, JsonNode node);
    }

    private static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(pointer, node);
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")) { // values, not schemas
                    walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                            visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    private static JsonNode contract() throws IOException {
        return JSON.readTree(Api.CONTRACT.toFile());
    }
}
