package dev.newsdesk.web.openapi;

import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Descriptions are CommonMark (Swagger UI and Redoc render them so): a placeholder such as {@code <key>} or
 * {@code <id>} would be taken for an HTML tag and vanish from the page, leaving "Authorization: Bearer ." for the
 * reader to guess. {@link ContractFilter} puts every such placeholder that is not already in a code span into one.
 */
final class ContractText {

    /** A tag-like placeholder: {@code <key>}, {@code <window seconds>}; not a lone {@code <} as in "a < b". */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>`\\s][^<>`]*>");

    private ContractText() {
    }

    /** The text with each placeholder outside code spans put in a code span of its own. */
    static String codePlaceholders(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i += 2) { // even parts are outside code spans
            parts[i] = PLACEHOLDER.matcher(parts[i]).replaceAll("`$0`");
        }
        return String.join("`", parts);
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getInfo() != null) {
            openAPI.getInfo().setDescription(codePlaceholders(openAPI.getInfo().getDescription()));
        }
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> tag.setDescription(codePlaceholders(tag.getDescription())));
        }
        if (openAPI.getComponents() != null) {
            var components = openAPI.getComponents();
            if (components.getResponses() != null) {
                components.getResponses().values().forEach(ContractText::response);
            }
            if (components.getParameters() != null) {
                components.getParameters().values().forEach(ContractText::parameter);
            }
            if (components.getHeaders() != null) {
                components.getHeaders().values().forEach(ContractText::header);
            }
            if (components.getSecuritySchemes() != null) {
                components.getSecuritySchemes().values()
                        .forEach(scheme -> scheme.setDescription(codePlaceholders(scheme.getDescription())));
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values()
                    .forEach(path -> path.getOperations().values().forEach(ContractText::operation));
        }
        ContractSchemas.forEachSchema(openAPI, schema -> schema.setDescription(codePlaceholders(schema.getDescription())));
    }

    private static void operation(Operation operation) {
        operation.setSummary(codePlaceholders(operation.getSummary()));
        operation.setDescription(codePlaceholders(operation.getDescription()));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ContractText::parameter);
        }
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setDescription(codePlaceholders(operation.getRequestBody().getDescription()));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(ContractText::response);
        }
    }

    private static void parameter(Parameter parameter) {
        parameter.setDescription(codePlaceholders(parameter.getDescription()));
    }

    private static void header(Header header) {
        header.setDescription(codePlaceholders(header.getDescription()));
    }

    private static void response(APIResponse response) {
        response.setDescription(codePlaceholders(response.getDescription()));
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(ContractText::header);
        }
    }
}
