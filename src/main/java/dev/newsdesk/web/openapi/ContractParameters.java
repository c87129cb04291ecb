package dev.newsdesk.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Parameter conventions of {@link ContractFilter}, for Swagger UI and strict readers alike:
 * <ul>
 * <li>An optional parameter's example goes into its description, not into {@code example}: Swagger UI copies a
 * parameter's example into its field on "Try it out", so Execute would send every optional filter at once (a
 * nonsense query, a made-up If-None-Match that turns the answer into a 304) instead of the request the reader
 * meant. A required parameter keeps its example: pre-filling the article id is what the reader wants.</li>
 * <li>The example of an array parameter is an array (a single {@code "busan"} becomes {@code ["busan"]}).</li>
 * </ul>
 */
final class ContractParameters {

    static final String EXAMPLE_PREFIX = "Example: ";

    private ContractParameters() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(ContractParameters::apply);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            if (path.getParameters() != null) {
                path.getParameters().forEach(ContractParameters::apply);
            }
            path.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(ContractParameters::apply);
                }
            });
        });
    }

    private static void apply(Parameter parameter) {
        if (parameter.getRef() != null) {
            return;
        }
        boolean array = parameter.getSchema() != null && parameter.getSchema().getType() != null
                && parameter.getSchema().getType().contains(Schema.SchemaType.ARRAY);
        Object example = parameter.getExample();
        if (array && example != null && !(example instanceof List<?>)) {
            example = List.of(example);
            parameter.setExample(example);
        }
        boolean required = Boolean.TRUE.equals(parameter.getRequired()) || parameter.getIn() == Parameter.In.PATH;
        if (required || example == null) {
            return;
        }
        parameter.setExample(null);
        String shown = example instanceof List<?> values
                ? String.join(", ", values.stream().map(String::valueOf).toList())
                : String.valueOf(example);
        String description = parameter.getDescription() == null ? "" : parameter.getDescription().strip();
        if (!description.isEmpty() && !description.matches("(?s).*[.!?]$")) {
            description += ".";
        }
        parameter.setDescription((description.isEmpty() ? "" : description + " ")
                + EXAMPLE_PREFIX + "`" + shown.replace("`", "'") + "`");
    }
}
