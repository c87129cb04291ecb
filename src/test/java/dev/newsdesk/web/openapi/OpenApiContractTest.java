package dev.newsdesk.web.openapi;

import dev.newsdesk.web.problem.Problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The committed contract is what the code generates, and every operation is documented to the house standard. */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedContractEqualsTheGeneratedOne() throws Exception {
        JsonNode generated = served();
        String committed = git("show", ":openapi/openapi.json");
        Assumptions.assumeTrue(committed != null, "not a git checkout: the committed contract cannot be read");
        List<String> differences = new ArrayList<>();
        diff("", JSON.readTree(committed), generated, differences);
        assertTrue(differences.isEmpty(), "openapi/openapi.json in git differs from what the code generates at "
                + differences + ": the build has rewritten openapi/; review it and commit it with the change");
    }

    @Test
    void everyOperationIsFullyDocumented() throws Exception {
        JsonNode doc = served();
        List<String> defects = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                for (String field : List.of("operationId", "summary", "description")) {
                    if (operation.path(field).asText().isBlank()) {
                        defects.add(name + " has no " + field);
                    }
                }
                if (operation.path("tags").isEmpty()) {
                    defects.add(name + " has no tag");
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("description").asText().isBlank()) {
                        defects.add(name + " parameter " + parameter.path("name").asText() + " has no description");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> rs = operation.path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    JsonNode resolved = resolve(doc, response.getValue());
                    if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                        // The change stream (Server-Sent Events) is the one answer documented as text/event-stream.
                        JsonNode json = resolved.path("content").has("text/event-stream")
                                ? resolved.path("content").path("text/event-stream")
                                : resolved.path("content").path("application/json");
                        if (json.path("schema").isMissingNode()) {
                            defects.add(name + " " + response.getKey() + " has no JSON schema");
                        } else if (json.path("example").isMissingNode() && json.path("examples").isEmpty()) {
                            defects.add(name + " " + response.getKey() + " has no example");
                        }
                    }
                    if (response.getKey().matches("[45]\\d\\d")) {
                        JsonNode problem = resolved.path("content").path("application/problem+json");
                        if (!problem.path("schema").path("$ref").asText().endsWith("/Problem")) {
                            defects.add(name + " " + response.getKey() + " does not use the Problem schema");
                        }
                        if (!problem.path("examples").fields().hasNext()) {
                            defects.add(name + " " + response.getKey() + " has no example");
                        }
                    }
                }
            }
        }
        assertTrue(operations > 0, "the contract lists operations");
        assertTrue(defects.isEmpty(), String.join("\n", defects));
    }

    /** JSON Pointers of the first few places where two documents differ. */
    private static void diff(String pointer, JsonNode committed, JsonNode generated, List<String> out) {
        if (out.size() >= 10 || committed.equals(generated)) {
            return;
        }
        if (committed.isObject() && generated.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            generated.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode a = committed.path(name);
                JsonNode b = generated.path(name);
                diff(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), a, b, out);
            }
            return;
        }
        out.add(pointer.isEmpty() ? "/" : pointer);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText();
        if (ref.startsWith("#/components/responses/")) {
            return doc.path("components").path("responses").path(ref.substring("#/components/responses/".length()));
        }
        return node;
    }

    private static JsonNode served() throws IOException {
        String body = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    /** Output of a git command, or null when git or the repository is not there. */
    private static String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = process.waitFor(30, TimeUnit.SECONDS);
            return done && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
